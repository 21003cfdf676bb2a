package vn.dvc.adapter.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.system.Targets;

/**
 * Hand-built ledger rows and catalogue for the national indicators (domain.md §8), one row per rule
 * and edge; {@link NationalIndicatorTests} counts every expected figure by hand from them. Also a
 * merger: Sở Giao thông vận tải of Hòa Bình dissolved on 2025-06-30 into Phú Thọ's Sở Xây dựng.
 */
final class NationalFixture {

    static final String XAY_DUNG = "000.00.06.H44";     // department since the merger
    static final String GTVT = "000.00.05.H25";         // dissolved 2025-06-30, successor XAY_DUNG
    static final String LAC_SON = "H44.27.101";         // commune since the merger; its catalogue says nothing
    static final String MUONG_BI = "H44.27.102";        // commune without dossiers or procedures

    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);

    static Targets targets() {
        return new Targets(new Targets.Province(0.50, 1.0, 1.0, 0.80, 1.0), List.of(
                new Targets.Agency(GTVT, "Sở Giao thông vận tải", "department", 0.51, null, MERGER.minusDays(1), XAY_DUNG),
                new Targets.Agency(XAY_DUNG, "Sở Xây dựng", "department", 0.51, MERGER, null, null),
                new Targets.Agency(LAC_SON, "Xã Lạc Sơn", "commune", 0.51, MERGER, null, null),
                new Targets.Agency(MUONG_BI, "Phường Mường Bi", "commune", 0.51, MERGER, null, null)));
    }

    private final JdbcTemplate jdbc;

    NationalFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void load() {
        jdbc.update("delete from transfer");
        jdbc.update("delete from procedure_local");
        jdbc.update("delete from procedure_national");

        // Sở Xây dựng's catalogue: paper result, fees, level, eligibility for toàn trình
        procedure(XAY_DUNG, "1.000001", 4, true, true, true);     // paper, fees, toàn trình
        procedure(XAY_DUNG, "1.000002", 3, false, false, true);   // eligible, offered một phần
        procedure(XAY_DUNG, "1.000003", 3, true, true, false);
        procedure(XAY_DUNG, "1.000004", 2, null, null, null);     // DVCQG says nothing of it
        procedure(XAY_DUNG, "1.000005", 4, false, false, true);   // no dossiers
        // Xã Lạc Sơn: published by the province, not listed by DVCQG, fees unknown
        jdbc.update("insert into procedure_local (ma_don_vi, ma_tthc, ten_tthc, muc_do, co_phi, refreshed_at)"
                + " values (?,?,?,?,?,?)", LAC_SON, "2.000001", "Đăng ký khai sinh", 3, null, OffsetDateTime.now());

        // January 2026, Sở Xây dựng
        row("X1", "1.000001").kenh(2).status(10).on("2026-01-02T08:00").due("2026-01-10T17:00").portal()
                .eResult().file().submitted().digitised().store().fees(50_000).paid().end("2026-01-08T10:00").insert();
        row("X2", "1.000001").kenh(2).status(9).on("2026-01-03T08:00").due("2026-01-10T17:00").portal().eauthPassed()
                .file().submitted().fees(50_000).end("2026-01-12T09:00").insert();                // link, no MaGiayToKetQua; late
        row("X3", "1.000002").kenh(2).status(4).on("2026-01-04T08:00").due("2026-03-01T17:00").portal()
                .submitted().digitised().populationDb().insert();                                    // running, due after the period
        row("X4", "1.000003").kenh(1).status(5).on("2026-01-02T09:00").due("2026-01-04T17:00")
                .fees(0).supplements(1).end("2026-01-03T15:00").insert();                           // one request: ends at it, on time
        row("X5", "1.000003").kenh(3).status(10).on("2026-01-02T10:00").due("2026-01-20T17:00").portal()
                .eResult().file().submitted().digitised().fees(100_000).paid().supplements(2).end("2026-01-06T10:00").insert();
        row("X6", "1.000001").kenh(2).status(10).on("2026-01-05T08:00").due("2026-01-10T17:00").portal().eauthPassed()
                .eResult().file().submitted().fees(50_000).supplements(1).supplementDays(7).end("2026-01-15T10:00").insert();
        row("X7", "1.000004").status(7).on("2026-01-06T08:00").portal().submitted().end("2026-01-09T08:00").insert(); // no channel, no due
        row("X8", "1.000002").kenh(1).status(4).on("2025-12-20T08:00").due("2026-01-15T17:00").portal().submitted().insert(); // carried over, late
        row("X9", "1.000002").kenh(1).status(10).on("2025-12-01T08:00").due("2025-12-20T17:00").portal().submitted()
                .end("2025-12-19T08:00").insert();                                                  // ended before the period
        row("X10", "1.000002").kenh(2).status(3).on("2026-01-07T08:00").submitted().end("2026-01-07T09:00").insert(); // refused
        row("X11", "1.000002").kenh(2).status(9).on("2026-01-20T08:00").due("2026-01-25T17:00").done("2026-01-21T08:00")
                .portal().withoutFacts().insert();                                                  // written before V7

        // Xã Lạc Sơn: one dossier whose procedure's attributes nobody states
        row("C1", "2.000001").agency(LAC_SON).kenh(2).status(2).on("2026-01-10T08:00").due("2026-01-20T17:00").portal()
                .submitted().digitised().insert();

        // Sở Giao thông vận tải, received before the merger under its old code
        row("M1", "1.000001").agency(GTVT).kenh(2).status(10).on("2025-05-10T08:00").due("2025-05-20T17:00").portal()
                .eResult().file().submitted().end("2025-05-15T08:00").insert();
    }

    private void procedure(String agency, String code, int level, Boolean paper, Boolean fees, Boolean eligible) {
        jdbc.update("insert into procedure_local (ma_don_vi, ma_tthc, ten_tthc, muc_do, co_phi, refreshed_at) values (?,?,?,?,?,?)",
                agency, code, "TTHC " + code, level, fees, OffsetDateTime.now());
        jdbc.update("insert into procedure_national (ma_don_vi, ma_tthc, ten_tthc, muc_do, tich_hop, ket_qua_giay,"
                + " du_dieu_kien_toan_trinh, refreshed_at) values (?,?,?,?,?,?,?,?)",
                agency, code, "TTHC " + code, level, true, paper, eligible, OffsetDateTime.now());
    }

    Row row(String id, String procedure) {
        return new Row(id, procedure);
    }

    /** One ledger row with its national facts; a flag left unset is false, as NationalFacts writes it. */
    final class Row {
        private final String id;
        private final String procedure;
        private String agency = XAY_DUNG;
        private Integer kenh;
        private int status;
        private LocalDateTime received;
        private LocalDateTime due;
        private LocalDateTime done;
        private LocalDateTime end;
        private boolean atPortal;
        private String eauth = "NOT_APPLICABLE";
        private boolean facts = true;
        private boolean eResult;
        private boolean file;
        private boolean submitted;
        private boolean digitised;
        private boolean store;
        private boolean populationDb;
        private boolean paid;
        private long fees;
        private int supplements;
        private long supplementSeconds;

        Row(String id, String procedure) {
            this.id = id;
            this.procedure = procedure;
        }

        Row agency(String a) { agency = a; return this; }
        Row kenh(int k) { kenh = k; return this; }
        Row status(int s) { status = s; return this; }
        Row on(String t) { received = LocalDateTime.parse(t); return this; }
        Row due(String t) { due = LocalDateTime.parse(t); return this; }
        Row done(String t) { done = LocalDateTime.parse(t); return this; }
        Row end(String t) { end = LocalDateTime.parse(t); done = end; return this; }
        Row portal() { atPortal = true; return this; }
        Row eauthPassed() { eauth = "PASSED"; return this; }
        Row withoutFacts() { facts = false; return this; }
        Row eResult() { eResult = true; return this; }
        Row file() { file = true; return this; }
        Row submitted() { submitted = true; return this; }
        Row digitised() { digitised = true; return this; }
        Row store() { store = true; return this; }
        Row populationDb() { populationDb = true; return this; }
        Row paid() { paid = true; return this; }
        Row fees(long f) { fees = f; return this; }
        Row supplements(int n) { supplements = n; return this; }
        Row supplementDays(int days) { supplementSeconds = days * 86_400L; return this; }

        void insert() {
            LocalDateTime deadline = due == null ? null : due.plusSeconds(supplementSeconds);
            jdbc.update("insert into transfer (ma_ho_so, state, at_portal, ma_don_vi, ma_tthc, kenh, trang_thai, ngay_tiep_nhan,"
                            + " ngay_hen_tra, ngay_ket_thuc, eauth_status, ket_qua_dien_tu, tep_ket_qua, tep_nop, so_hoa, tai_su_dung,"
                            + " kho_dmqg, csdl_dan_cu, thanh_toan_tt, tong_le_phi, so_lan_bo_sung, thoi_gian_bo_sung, ket_thuc_766,"
                            + " han_766, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, "SENT", atPortal, agency, procedure, kenh, status, received, due, done, eauth,
                    facts ? eResult : null, facts ? file : null, facts ? submitted : null, facts ? digitised : null,
                    facts ? false : null, facts ? store : null, facts ? populationDb : null, facts ? paid : null,
                    facts ? fees : null, facts ? supplements : null, facts ? supplementSeconds : null, facts ? end : null,
                    facts ? deadline : null, OffsetDateTime.now(), OffsetDateTime.now());
        }
    }
}
