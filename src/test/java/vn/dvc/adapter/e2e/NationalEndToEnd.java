package vn.dvc.adapter.e2e;

import vn.dvc.adapter.ledger.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.compliance.AgencyFigures;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.compliance.NationalIndicator;
import vn.dvc.adapter.simulator.Agency;
import vn.dvc.adapter.simulator.CatalogueEntry;
import vn.dvc.adapter.simulator.Defect;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Procedure;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * The national indicators (domain.md §8) after a sync of the demo data, which spans the merger, with
 * the Phú Thọ tree (config/targets-phutho.yaml): a second computation straight from the simulator's
 * data set, written apart from the adapter's, must agree with every numerator and denominator of
 * every agency, for a period under Hòa Bình's tree and one under Phú Thọ's.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class NationalEndToEnd {

    static final int DOSSIERS = 3000;
    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final List<String> IDS = List.of("1.4", "2.1", "3.1", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "5.4");

    @Autowired
    SyncService sync;
    @Autowired
    ComplianceService compliance;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.apache.camel.ProducerTemplate camel;

    abstract DemoData data();

    abstract vn.dvc.adapter.simulator.Simulators sims();

    private static final String FACTS = "select ma_ho_so, ket_qua_dien_tu, tep_ket_qua, tep_nop, so_hoa, tai_su_dung, kho_dmqg,"
            + " csdl_dan_cu, thanh_toan_tt, tong_le_phi, so_lan_bo_sung, thoi_gian_bo_sung, ket_thuc_766, han_766, state,"
            + " content_hash from transfer order by ma_ho_so";

    @Test
    @Order(3)
    void aLedgerWrittenBeforeTheFactsGetsThemFromARereadThatSendsNothing() {
        List<Map<String, Object>> before = jdbc.queryForList(FACTS);
        jdbc.update("update transfer set ket_qua_dien_tu = null, tep_ket_qua = null, tep_nop = null, so_hoa = null,"
                + " tai_su_dung = null, kho_dmqg = null, csdl_dan_cu = null, thanh_toan_tt = null, tong_le_phi = null,"
                + " so_lan_bo_sung = null, thoi_gian_bo_sung = null, ket_thuc_766 = null, han_766 = null");
        LocalDate to = data().until().minusDays(1);
        assertThat(compliance.report(LocalDate.of(2025, 1, 1), to).province().national().get("4.3").unknown())
                .isEqualTo(NationalIndicator.Unknown.NO_FACTS);
        Map<String, Integer> calls = Map.copyOf(sims().portal().callsByService());

        var result = camel.requestBody("direct:refill-facts", null, vn.dvc.adapter.sync.FactsRefill.Result.class);

        assertThat(result.read()).isEqualTo(DOSSIERS);
        assertThat(result.updated()).isPositive();
        assertThat(jdbc.queryForList(FACTS)).isEqualTo(before);
        assertThat(sims().portal().callsByService()).isEqualTo(calls);
        assertThat(compliance.report(LocalDate.of(2025, 1, 1), to).province().national().get("4.3").unknown()).isNull();
    }

    @Test
    @Order(1)
    void theSyncSucceeds() {
        RunSummary run = sync.runOnce();
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.pulled()).isEqualTo(DOSSIERS);
    }

    @Test
    @Order(2)
    void underHoaBinhsTreeBeforeTheMerger() {
        LocalDate to = DemoData.mergerDay().minusDays(1);
        ComplianceReport report = compliance.report(LocalDate.of(2025, 1, 1), to);

        assertThat(report.agencies()).hasSize(27).allMatch(a -> a.code().endsWith(".H25"));
        agree(report, UnaryOperator.identity(), data().agencies());
    }

    @Test
    @Order(2)
    void underPhuThosTreeOverTheWholeDataEveryOldCodeUnderItsSuccessor() {
        ComplianceReport report = compliance.report(LocalDate.of(2025, 1, 1), data().until().minusDays(1));

        assertThat(report.agencies()).extracting(AgencyFigures::code)
                .containsAll(data().mergedAgencies().stream().map(Agency::code).toList())
                .noneMatch(code -> code.endsWith(".H25"));
        agree(report, data()::successor, data().mergedAgencies());
        // both views show figures: every indicator of the province is known
        report.province().national().values().forEach(i -> assertThat(i.unknown()).as(i.id()).isNull());
        assertThat(report.province().nationalPoints()[0]).isPositive();
    }

    /** Compares every indicator of every agency and of the province with the second computation. */
    private void agree(ComplianceReport report, UnaryOperator<String> under, List<Agency> agencies) {
        Map<String, long[][]> expected = expected(report.from(), report.to(), under, agencies);
        long[][] province = new long[IDS.size()][2];
        for (AgencyFigures a : report.agencies()) {
            long[][] e = expected.getOrDefault(a.code(), new long[IDS.size()][2]);
            for (int k = 0; k < IDS.size(); k++) {
                NationalIndicator i = a.national().get(IDS.get(k));
                assertThat(i.numerator()).as("%s of %s, numerator", i.id(), a.code()).isEqualTo(e[k][0]);
                assertThat(i.denominator()).as("%s of %s, denominator", i.id(), a.code()).isEqualTo(e[k][1]);
                province[k][0] += e[k][0];
                province[k][1] += e[k][1];
            }
        }
        for (int k = 0; k < IDS.size(); k++) {
            NationalIndicator i = report.province().national().get(IDS.get(k));
            assertThat(i.numerator()).as("%s of the province", i.id()).isEqualTo(province[k][0]);
            assertThat(i.denominator()).as("%s of the province", i.id()).isEqualTo(province[k][1]);
        }
    }

    /** agency → per indicator of {@link #IDS}: {numerator, denominator}, from the data set alone. */
    private Map<String, long[][]> expected(LocalDate from, LocalDate to, UnaryOperator<String> under, List<Agency> agencies) {
        LocalDateTime start = from.atStartOfDay();
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDateTime asOf = now.isBefore(end) ? now : end;
        Map<String, Procedure> procedures = new HashMap<>();
        data().procedures().forEach(p -> procedures.put(p.maTTHC(), p));
        Map<String, CatalogueEntry> listed = new HashMap<>();
        data().allAgencies().forEach(a -> data().nationalCatalogue(a.code()).forEach(e -> listed.put(a.code() + "|" + e.maTTHC(), e)));
        Map<String, long[][]> out = new LinkedHashMap<>();
        for (int i = 0; i < DOSSIERS; i++) {
            Defect defect = data().defect(i);
            if (defect != null && defect != Defect.NOT_NFC && !"TienDo.NguoiXuLy".equals(data().defectField(i))) {
                continue;   // quarantined: no facts
            }
            ObjectNode d = data().dossier(i);
            int status = Integer.parseInt(d.path("TrangThaiHoSo").asText());
            LocalDateTime received = date(d, "NgayTiepNhan");
            if (status == 1 || status == 3 || received == null || !received.isBefore(end)) {
                continue;
            }
            String agency = d.path("MaDonVi").asText();
            CatalogueEntry entry = listed.get(agency + "|" + d.path("MaTTHC").asText());
            long[][] e = out.computeIfAbsent(under.apply(agency), k -> new long[IDS.size()][2]);
            timeliness(e, d, received, start, asOf);
            if (received.isBefore(start)) {
                continue;
            }
            boolean paper = entry != null && Boolean.TRUE.equals(entry.ketQuaGiay());
            boolean online = "2".equals(d.path("KenhThucHien").asText());
            boolean eResult = false;
            boolean resultFile = false;
            for (JsonNode r : d.path("DanhSachGiayToKetQua")) {
                boolean link = !r.path("DuongDanTepTinKetQua").asText("").isBlank();
                resultFile |= link;
                eResult |= link && !r.path("MaGiayToKetQua").asText("").isBlank();
            }
            boolean files = false;
            boolean digitised = "1".equals(d.path("HoSoCoThanhPhanSoHoa").asText());
            boolean store = false;
            for (JsonNode f : d.path("TaiLieuNop")) {
                if (!"1".equals(f.path("IsDeleted").asText())) {
                    files = true;
                    digitised |= "1".equals(f.path("DuocSoHoa").asText());
                    store |= "1".equals(f.path("DuocLayTuKhoDMQG").asText());
                }
            }
            boolean populationDb = false;
            for (JsonNode db : d.path("DSKetNoiCSDL")) {
                populationDb |= "CSDLQGDC".equals(db.path("MaCSDL").asText());
            }
            long fees = 0;
            for (JsonNode fee : d.path("DanhSachLePhi")) {
                fees += fee.path("Gia").asLong();
            }
            Procedure p = procedures.get(d.path("MaTTHC").asText());
            boolean feeBearing = p != null && p.coPhiLePhi() && fees > 0;
            boolean paid = Set.of("1", "2").contains(d.path("DuocThanhToanTrucTuyen").asText());
            boolean vneid = online && data().expectedEauthFailure(i) == null;
            add(e, "1.4", entry != null, true);
            add(e, "3.3", online && (!paper || eResult), true);
            add(e, "3.6", feeBearing && paid, feeBearing);
            add(e, "4.1", paper && resultFile, paper);
            add(e, "4.2", files && (!paper || eResult), true);
            add(e, "4.3", digitised, true);
            add(e, "4.4", store, true);
            add(e, "4.5", vneid || store || populationDb, true);
        }
        for (Agency a : agencies) {
            long[][] e = out.computeIfAbsent(a.code(), k -> new long[IDS.size()][2]);
            for (Procedure p : data().procedures(a.code())) {
                add(e, "3.1", p.mucDo() >= 3, true);
            }
        }
        return out;
    }

    /**
     * 2.1 and 5.4: received in the period, or earlier and not ended before it; the end is status 9's
     * time, else 10's, else 8/3/7's, else a single request for supplement; on time when it (or the
     * period's end, for one still running) is within NgayHenTra plus the citizen's supplement time.
     */
    private static void timeliness(long[][] e, ObjectNode d, LocalDateTime received, LocalDateTime start, LocalDateTime asOf) {
        Map<String, LocalDateTime> last = new HashMap<>();
        int requests = 0;
        long progressSeconds = 0;
        LocalDateTime firstRequest = null;
        JsonNode history = d.path("TienDo");
        for (int k = 0; k < history.size(); k++) {
            String s = history.get(k).path("TrangThai").asText();
            LocalDateTime at = date(history.get(k), "ThoiDiemXuLy");
            last.merge(s, at, (a, b) -> a.isAfter(b) ? a : b);
            if (s.equals("5")) {
                requests++;
                firstRequest = firstRequest == null ? at : firstRequest;
                if (k + 1 < history.size()) {
                    progressSeconds += Duration.between(at, date(history.get(k + 1), "ThoiDiemXuLy")).toSeconds();
                }
            }
        }
        long listedSeconds = 0;
        int listedCount = 0;
        for (JsonNode b : d.path("DanhSachHoSoBoSung")) {
            listedCount++;
            LocalDateTime asked = date(b, "NgayYeuCauBoSung");
            LocalDateTime answered = date(b, "NgayBoSung");
            if (asked != null && answered != null) {
                listedSeconds += Duration.between(asked, answered).toSeconds();
            }
            firstRequest = firstRequest == null || asked != null && asked.isBefore(firstRequest) ? asked : firstRequest;
        }
        requests = Math.max(requests, listedCount);
        long supplement = listedSeconds > 0 ? listedSeconds : progressSeconds;
        LocalDateTime ended = last.get("9") != null ? last.get("9") : last.get("10");
        for (String stop : List.of("8", "3", "7")) {
            if (ended == null && last.get(stop) != null) {
                ended = last.get(stop);
            }
        }
        if (ended == null && requests == 1) {
            ended = firstRequest;
        }
        if (received.isBefore(start) && ended != null && ended.isBefore(start)) {
            return;
        }
        LocalDateTime due = date(d, "NgayHenTra");
        LocalDateTime at = ended != null && ended.isBefore(asOf) ? ended : asOf;
        boolean onTime = requests <= 1 && (due == null || !at.isAfter(due.plusSeconds(supplement)));
        add(e, "2.1", onTime, true);
        add(e, "5.4", onTime, true);
    }

    private static void add(long[][] e, String id, boolean numerator, boolean denominator) {
        int k = IDS.indexOf(id);
        e[k][0] += numerator && denominator ? 1 : 0;
        e[k][1] += denominator ? 1 : 0;
    }

    private static LocalDateTime date(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.length() == 14 ? LocalDateTime.parse(text, WIRE) : null;
    }
}
