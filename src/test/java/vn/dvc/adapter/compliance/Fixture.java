package vn.dvc.adapter.compliance;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.dvc.adapter.system.Targets;

/**
 * A hand-made ledger and catalogue for the indicator tests; every expected figure in
 * {@link ComplianceServiceTest} is counted by hand from the rows below.
 */
public final class Fixture {

    static final String TU_PHAP = "000.00.01.H25";   // department, target 0.60
    static final String Y_TE = "000.00.02.H25";      // department
    static final String GIAO_DUC = "000.00.03.H25";  // department
    static final String XAY_DUNG = "000.00.04.H25";  // department
    static final String LAC_SON = "H25.01";          // district, target 0.40
    static final String MAI_CHAU = "H25.02";         // district, no dossiers, no procedures
    static final String UNCONFIGURED = "H25.99";

    /** The six configured agencies, in this order; an unset target is the default 0.51. */
    static final List<Targets.Agency> AGENCIES = List.of(
            new Targets.Agency(TU_PHAP, "Sở Tư pháp", "department", 0.60),
            new Targets.Agency(Y_TE, "Sở Y tế", "department", 0.51),
            new Targets.Agency(GIAO_DUC, "Sở Giáo dục và Đào tạo", "department", 0.51),
            new Targets.Agency(XAY_DUNG, "Sở Xây dựng", "department", 0.51),
            new Targets.Agency(LAC_SON, "UBND huyện Lạc Sơn", "district", 0.40),
            new Targets.Agency(MAI_CHAU, "UBND huyện Mai Châu", "district", 0.51));

    /** The province's default targets (0.50, 1.0, 1.0, 0.80, 1.0) with the agencies above. */
    static Targets targets() {
        return new Targets(new Targets.Province(0.50, 1.0, 1.0, 0.80, 1.0), AGENCIES);
    }

    /** The same agencies as Spring properties; the province's targets stay at their defaults. */
    public static void register(DynamicPropertyRegistry registry) {
        for (int i = 0; i < AGENCIES.size(); i++) {
            Targets.Agency a = AGENCIES.get(i);
            String prefix = "adapter.targets.agencies[" + i + "].";
            registry.add(prefix + "code", a::code);
            registry.add(prefix + "name", a::name);
            registry.add(prefix + "tier", a::tier);
            if (a.onlineShare() != 0.51) {
                registry.add(prefix + "online-share", a::onlineShare);
            }
        }
    }

    private final JdbcTemplate jdbc;

    public Fixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void load() {
        jdbc.update("delete from transfer");
        jdbc.update("delete from procedure_local");
        jdbc.update("delete from procedure_national");

        // Sở Tư pháp: 5 received, of which online level 3/4: 01, 02, 03.
        row("TP-01", TU_PHAP).kenh(2).level(4).status(10).on("2025-01-05T08:00").due("2025-01-10T17:00")
                .done("2025-01-09T10:00").portal().eauth("PASSED", null).insert();
        row("TP-02", TU_PHAP).kenh(2).level(3).status(9).on("2025-02-01T09:00").due("2025-02-05T17:00")
                .done("2025-02-06T09:00").portal().eauth("PASSED", null).insert();                     // late
        row("TP-03", TU_PHAP).kenh(2).level(4).status(4).on("2025-03-31T23:59").eauth("FAILED", "EXPIRED").insert(); // last day
        row("TP-04", TU_PHAP).kenh(2).level(2).status(2).on("2025-01-01T00:00").portal()
                .eauth("FAILED", "IDENTITY_MISMATCH").insert();                                       // level 2: not online
        row("TP-05", TU_PHAP).kenh(1).level(3).status(10).on("2025-01-20T10:00").due("2025-01-25T17:00")
                .done("2025-01-25T17:00").portal().eauth("NOT_APPLICABLE", null).insert();            // done on the due time
        // Sở Tư pháp, not received in the period
        row("TP-06", TU_PHAP).kenh(2).level(4).status(1).on("2025-02-10T08:00").eauth("FAILED", "SIGNATURE").insert();
        row("TP-07", TU_PHAP).kenh(2).level(4).status(3).on("2025-02-11T08:00").eauth("PASSED", null).insert();
        row("TP-08", TU_PHAP).kenh(2).level(4).status(2).on("2025-04-01T00:00").eauth("FAILED", "ASSURANCE").insert();
        row("TP-09", TU_PHAP).kenh(2).level(4).status(10).on("2024-12-31T23:59").due("2025-01-02T17:00")
                .done("2025-01-02T09:00").portal().eauth("PASSED", null).insert();

        // Sở Y tế: 2 received, 1 online; one held for its procedure.
        row("YT-01", Y_TE).kenh(2).level(3).status(2).on("2025-02-02T08:00").portal().eauth("PASSED", null).insert();
        row("YT-02", Y_TE).state("HELD").kenh(3).level(4).status(4).on("2025-02-03T08:00").eauth("NOT_APPLICABLE", null)
                .error("MaTTHC 1.002099 không có trên DVCQG").insert();
        row("YT-03", Y_TE).state("HELD").kenh(1).level(3).status(4).on("2024-11-03T08:00").error("ngoài kỳ").insert();

        // Sở Giáo dục và Đào tạo: 4 received, 2 online (ties Sở Y tế at 1/2).
        row("GD-01", GIAO_DUC).kenh(2).level(3).status(10).on("2025-03-01T08:00").due("2025-03-05T17:00")
                .done("2025-03-04T08:00").portal().eauth("PASSED", null).insert();
        row("GD-02", GIAO_DUC).kenh(2).level(4).status(4).on("2025-03-02T08:00").eauth("FAILED", "EXPIRED").insert();
        row("GD-03", GIAO_DUC).kenh(1).level(3).status(2).on("2025-03-03T08:00").portal().eauth("NOT_APPLICABLE", null).insert();
        row("GD-04", GIAO_DUC).kenh(1).status(2).on("2025-03-04T08:00").eauth("NOT_APPLICABLE", null).insert(); // level unknown

        // Sở Xây dựng: 4 received, 1 online.
        row("XD-01", XAY_DUNG).kenh(2).level(3).status(2).on("2025-01-15T08:00").portal().eauth("PASSED", null).insert();
        for (int i = 2; i <= 4; i++) {
            row("XD-0" + i, XAY_DUNG).kenh(1).level(3).status(2).on("2025-01-15T09:00").portal()
                    .eauth("NOT_APPLICABLE", null).insert();
        }

        // UBND huyện Lạc Sơn: 2 received, 1 online.
        row("LS-01", LAC_SON).kenh(2).level(4).status(2).on("2025-02-20T08:00").portal().eauth("PASSED", null).insert();
        row("LS-02", LAC_SON).kenh(1).level(2).status(2).on("2025-02-21T08:00").eauth("NOT_APPLICABLE", null).insert();

        // An agency that is not configured: counted in the province only.
        row("UC-01", UNCONFIGURED).kenh(2).level(3).status(2).on("2025-03-10T08:00").portal().eauth("PASSED", null).insert();

        // Quarantined with unreadable facts: QR-1 and QR-2 are "not counted"; QR-3 lies outside the period.
        row("QR-1", null).state("QUARANTINED").insert();
        row("QR-2", TU_PHAP).state("QUARANTINED").kenh(2).on("2025-02-15T08:00").insert();
        row("QR-3", TU_PHAP).state("QUARANTINED").on("2024-06-15T08:00").insert();

        // Catalogue. Sở Tư pháp: 5 procedures, 4 of level 3/4, of which 2 integrated.
        local(TU_PHAP, "1.000001", "Chứng thực bản sao từ bản chính", 4);
        local(TU_PHAP, "1.000002", "Đăng ký khai sinh", 3);            // listed, not integrated
        local(TU_PHAP, "1.000003", "Cấp phiếu lý lịch tư pháp", 3);    // not listed (only for Sở Y tế)
        local(TU_PHAP, "1.000004", "Thông tin về luật sư", 2);
        local(TU_PHAP, "1.000005", "Đăng ký khai tử", 4);
        national(TU_PHAP, "1.000001", true);
        national(TU_PHAP, "1.000002", false);
        national(TU_PHAP, "1.000004", true);
        national(TU_PHAP, "1.000005", true);
        national(Y_TE, "1.000003", true);
        // Sở Y tế: 2 procedures, 1 of level 3/4, integrated.
        local(Y_TE, "1.002001", "Cấp chứng chỉ hành nghề", 3);
        local(Y_TE, "1.002002", "Thông tin dược", 2);
        national(Y_TE, "1.002001", true);
        // UBND huyện Lạc Sơn: 3 procedures, 2 of level 3/4, both integrated.
        local(LAC_SON, "2.000001", "Đăng ký hộ kinh doanh", 3);
        local(LAC_SON, "2.000002", "Cấp giấy phép xây dựng", 4);
        local(LAC_SON, "2.000003", "Hướng dẫn thủ tục", 2);
        national(LAC_SON, "2.000001", true);
        national(LAC_SON, "2.000002", true);
        // The unconfigured agency: 1 procedure of level 3, not listed.
        local(UNCONFIGURED, "3.000001", "Thủ tục của đơn vị chưa cấu hình", 3);
    }

    private void local(String agency, String code, String name, int level) {
        jdbc.update("insert into procedure_local (ma_don_vi, ma_tthc, ten_tthc, muc_do, co_phi, refreshed_at) values (?,?,?,?,?,?)",
                agency, code, name, level, false, OffsetDateTime.now());
    }

    private void national(String agency, String code, boolean integrated) {
        jdbc.update("insert into procedure_national (ma_don_vi, ma_tthc, ten_tthc, muc_do, tich_hop, refreshed_at) values (?,?,?,?,?,?)",
                agency, code, "TTHC " + code, 3, integrated, OffsetDateTime.now());
    }

    Row row(String id, String agency) {
        return new Row(id, agency);
    }

    /** One ledger row; unset facts stay null, as for a record too broken to tell. */
    final class Row {
        private final String id;
        private final String agency;
        private String state = "SENT";
        private Integer kenh;
        private Integer level;
        private Integer status;
        private LocalDateTime received;
        private LocalDateTime due;
        private LocalDateTime done;
        private boolean atPortal;
        private String eauth;
        private String reason;
        private String error;

        Row(String id, String agency) {
            this.id = id;
            this.agency = agency;
        }

        Row state(String s) { state = s; return this; }
        Row kenh(int k) { kenh = k; return this; }
        Row level(int l) { level = l; return this; }
        Row status(int s) { status = s; return this; }
        Row on(String t) { received = LocalDateTime.parse(t); return this; }
        Row due(String t) { due = LocalDateTime.parse(t); return this; }
        Row done(String t) { done = LocalDateTime.parse(t); return this; }
        Row portal() { atPortal = true; return this; }
        Row eauth(String s, String r) { eauth = s; reason = r; return this; }
        Row error(String e) { error = e; return this; }

        void insert() {
            jdbc.update("insert into transfer (ma_ho_so, state, at_portal, ma_don_vi, ma_tthc, kenh, trang_thai, ngay_tiep_nhan,"
                            + " ngay_hen_tra, ngay_ket_thuc, muc_do, eauth_status, eauth_reason, last_error, created_at, updated_at)"
                            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    id, state, atPortal, agency, "1.000001", kenh, status, received, due, done, level, eauth, reason, error,
                    OffsetDateTime.now(), OffsetDateTime.now());
        }
    }
}
