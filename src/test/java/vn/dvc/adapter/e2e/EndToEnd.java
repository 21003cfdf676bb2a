package vn.dvc.adapter.e2e;

import vn.dvc.adapter.ledger.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.dvc.adapter.catalogue.CatalogueRefresh;
import vn.dvc.adapter.compliance.AgencyFigures;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.simulator.CatalogueEntry;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileResult;
import vn.dvc.adapter.reconcile.ReconcileService;
import vn.dvc.adapter.reconcile.Result;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * {@code sync} against both simulators over real HTTP, on a real database (the subclasses pick
 * H2 or PostgreSQL). The expectations come from the simulator's data set, not from the mapper.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class EndToEnd {

    static final int DOSSIERS = 3000;
    /** The source's own fields (domain.md §3): never sent. Every other field of a source record is. */
    private static final List<String> SOURCE_ONLY = List.of("MaDonVi", "CapNhatLuc", "XacThuc", "TienDo");
    private static final String EAUTH_FLAG = "TaiKhoanDuocXacThucVoiVNeID";

    @Autowired
    SyncService sync;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate camel;
    @Autowired
    ComplianceService compliance;
    @Autowired
    ReconcileService reconcile;

    abstract Simulators sims();

    abstract DemoData data();

    /** An embedded PostgreSQL for an end-to-end subclass, started once per class. */
    static io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres() {
        try {
            return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Points the ledger at that PostgreSQL. */
    static void ledgerOn(DynamicPropertyRegistry registry, io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    static void systems(DynamicPropertyRegistry registry, Simulators sims, DemoData data) {
        var demo = PortalSimulator.Credentials.demo();
        registry.add("adapter.source.url", () -> sims.source().url().toString());
        registry.add("adapter.portal.url", () -> sims.portal().url().toString());
        registry.add("adapter.portal.client-id", demo::clientId);
        registry.add("adapter.portal.client-secret", demo::clientSecret);
        registry.add("adapter.portal.username", demo::username);
        registry.add("adapter.portal.password", demo::password);
        registry.add("adapter.portal.madonvi", demo::madonvi);
        registry.add("adapter.sso.jwks-url", () -> sims.portal().url() + "/sso/jwks");
        registry.add("adapter.sso.issuer", data::ssoIssuer);
        registry.add("adapter.sso.audience", data::ssoAudience);
        registry.add("adapter.sync.retry-backoff", () -> "PT0.01S");
        // a read of the portal that takes longer than this times out (the reconcile tests make some do)
        registry.add("adapter.http.read-timeout-ms", () -> "4000");
        registry.add("adapter.reconcile.max-attempts", () -> "2");
        registry.add("adapter.reconcile.report-dir", () -> vn.dvc.adapter.Scratch.folder("e2e-reports").toString());
    }

    @Test
    @Order(1)
    void everyValidDossierReachesThePortalExactlyAsMappedWithItsProgress() {
        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.pulled()).isEqualTo(DOSSIERS);
        PortalSimulator portal = sims().portal();
        Map<String, ObjectNode> source = new HashMap<>();
        sims().source().currentDossiers().forEach(d -> source.put(d.path("MaHoSo").asText(), d));
        int sent = 0;
        int held = 0;
        int shortened = 0;
        for (int i = 0; i < DOSSIERS; i++) {
            if (data().refused(i)) {
                continue;
            }
            String id = data().maHoSo(i);
            ObjectNode expected = source.get(id);
            if (!listedByDvcqg(expected)) {
                held++;
                assertThat(state(id)).as(id).isEqualTo("HELD");
                continue;
            }
            sent++;
            JsonNode actual = portal.dossiers().get(id);
            assertThat(actual).as("dossier %s at the portal", id).isNotNull();
            // every field of the source record, value and JSON type (codes are strings), text in NFC
            int fields = 0;
            for (var field : expected.properties()) {
                String name = field.getKey();
                if (SOURCE_ONLY.contains(name) || name.equals(EAUTH_FLAG)) {
                    continue;
                }
                fields++;
                assertThat(actual.get(name)).as("%s.%s", id, name).isEqualTo(nfc(field.getValue()));
            }
            assertThat(actual.size()).as("fields of %s at the portal", id).isEqualTo(fields + 1);
            SOURCE_ONLY.forEach(name -> assertThat(actual.has(name)).as("%s.%s sent", id, name).isFalse());
            boolean online = expected.path("KenhThucHien").asText().equals("2");
            String verified = online && data().expectedEauthFailure(i) == null ? "1" : "0";
            assertThat(actual.get(EAUTH_FLAG)).as("%s e-authenticated", id).isEqualTo(TextNode.valueOf(verified));
            List<JsonNode> progress = nfcList(expected.path("TienDo"), id);
            if (data().progressDefect(i)) {
                // the over-long officer's name is cut to the portal's 50 characters; the original stays in the ledger
                String original = progress.get(0).path("NguoiXuLy").asText();
                ((ObjectNode) progress.get(0)).put("NguoiXuLy", original.substring(0, 49) + "…");
                assertThat(vn.dvc.adapter.TestProperties.cipher().open(jdbc.queryForObject("select progress_issues from transfer where ma_ho_so = ?", String.class, id)))
                        .as("issues of %s", id).contains("SHORTENED", original);
                shortened++;
            }
            assertThat(portal.progress(id)).as("progress of %s", id).containsExactlyElementsOf(progress);
            assertThat(portal.creates(id)).as("creates of %s", id).isEqualTo(1);
        }
        assertThat(shortened).as("dossiers with an over-long officer's name, sent").isPositive();
        assertThat(run.progressShortened()).isEqualTo(shortened);
        assertThat(run.drift()).isEmpty();
        assertThat(portal.dossiers()).hasSize(sent);
        assertThat(run.sent()).isEqualTo(sent);
        assertThat(run.held()).isEqualTo(held);
        // written once, with the outcome: an accepted dossier keeps its hash and facts, not its content;
        // a held one keeps the payload it will be sent with
        assertThat(jdbc.queryForObject("select count(*) from transfer where state = 'SENT' and payload is null"
                + " and sent_hash = content_hash and attempts = 1 and ma_don_vi is not null", Integer.class)).isEqualTo(sent);
        assertThat(jdbc.queryForList("select payload from transfer where state = 'HELD'", String.class))
                .hasSize(held).allSatisfy(p -> assertThat(vn.dvc.adapter.TestProperties.cipher().open(p)).startsWith("{\"dossier\":{"));
    }

    @Test
    @Order(2)
    void badRecordsAreQuarantinedWithAReasonNamingTheDossierAndTheField() {
        int bad = 0;
        for (int i = 0; i < DOSSIERS; i++) {
            if (!data().refused(i)) {
                continue;
            }
            bad++;
            String id = data().maHoSo(i);
            Map<String, Object> row = jdbc.queryForMap("select state, error_field, last_error from transfer where ma_ho_so = ?", id);
            assertThat(row.get("state")).as(id).isEqualTo("QUARANTINED");
            assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) row.get("last_error"))).as(id).startsWith("Hồ sơ " + id + ": ");
            String field = ((String) row.get("error_field")).replaceAll("\\[\\d+]", "");   // TienDo[0].NguoiXuLy
            assertThat(List.of(data().defectField(i).split(","))).as("%s: %s", id, row.get("last_error"))
                    .anySatisfy(f -> assertThat(field).endsWith(f));
        }
        assertThat(bad).isGreaterThan(DOSSIERS / 50);
        assertThat(jdbc.queryForObject("select count(*) from transfer where state = 'QUARANTINED'", Integer.class)).isEqualTo(bad);
    }

    @Test
    @Order(2)
    void theComplianceReportAgreesWithASecondComputationFromTheDataSet() {
        Map<String, Integer> level = new HashMap<>();
        data().procedures().forEach(p -> level.put(p.maTTHC(), p.mucDo()));
        Map<String, long[]> expected = new HashMap<>();   // agency -> received, online, online channel, e-auth passed, at portal
        long[] province = new long[5];
        for (int i = 0; i < DOSSIERS; i++) {
            ObjectNode d = data().dossier(i);
            int status = d.path("TrangThaiHoSo").asInt();
            String received = d.path("NgayTiepNhan").asText("");
            if (data().refused(i) || status == 1 || status == 3 || !received.startsWith("2025")) {
                continue;
            }
            long[] a = expected.computeIfAbsent(d.path("MaDonVi").asText(), k -> new long[5]);
            boolean online = d.path("KenhThucHien").asText().equals("2");
            long[] add = {1, online && level.getOrDefault(d.path("MaTTHC").asText(), 2) >= 3 ? 1 : 0, online ? 1 : 0,
                    online && data().expectedEauthFailure(i) == null ? 1 : 0, listedByDvcqg(d) ? 1 : 0};
            for (int k = 0; k < 5; k++) {
                a[k] += add[k];
                province[k] += add[k];
            }
        }

        ComplianceReport report = compliance.report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        assertThat(report.agencies()).hasSize(27);
        for (AgencyFigures agency : report.agencies()) {
            long[] e = expected.getOrDefault(agency.code(), new long[5]);
            assertThat(agency.received()).as("received of %s", agency.code()).isEqualTo(e[0]);
            assertThat(agency.online()).as("online of %s", agency.code()).isEqualTo(e[1]);
            assertThat(agency.counts().onlineChannel()).as("online channel of %s", agency.code()).isEqualTo(e[2]);
            assertThat(agency.counts().eauthPassed()).as("e-authenticated of %s", agency.code()).isEqualTo(e[3]);
            assertThat(agency.counts().atPortal()).as("at the portal of %s", agency.code()).isEqualTo(e[4]);
            assertThat(agency.meetsTarget()).isEqualTo(e[0] > 0 && (double) e[1] / e[0] >= 0.51);
        }
        assertThat(report.province().counts().received()).isEqualTo(province[0]);
        assertThat(report.province().counts().online()).isEqualTo(province[1]);
        assertThat(report.province().counts().eauthPassed()).isEqualTo(province[3]);
        for (var agency : data().agencies()) {
            long level34 = data().procedures(agency.code()).stream().filter(p -> p.mucDo() >= 3).count();
            long integrated = data().nationalCatalogue(agency.code()).stream()
                    .filter(e -> e.tichHop() && level.getOrDefault(e.maTTHC(), 2) >= 3).count();
            assertThat(report.agency(agency.code()).orElseThrow().integrationCoverage()).as(agency.code())
                    .isCloseTo((double) integrated / level34, org.assertj.core.data.Offset.offset(1e-9));
        }
    }

    @Test
    @Order(3)
    void aSecondRunSendsNothing() {
        int calls = sims().portal().callsByService().getOrDefault("DongBoHoSoMC", 0);

        RunSummary run = sync.runOnce();

        assertThat(run.sent()).isZero();
        assertThat(run.quarantined()).isZero();
        assertThat(run.pulled()).isLessThan(5);   // only the checkpoint's own last item is read again
        assertThat(sims().portal().callsByService().getOrDefault("DongBoHoSoMC", 0)).isEqualTo(calls);
    }

    @Test
    @Order(4)
    void changingOneDossierAtTheSourceSendsExactlyThatOne() {
        String id = firstSentDossier();
        sims().source().touch(id, d -> d.put("TrichYeuHoSo", "Đã bổ sung giấy tờ theo yêu cầu"));
        int calls = sims().portal().callsByService().getOrDefault("DongBoHoSoMC", 0);

        RunSummary run = sync.runOnce();

        assertThat(run.sent()).isEqualTo(1);
        assertThat(sims().portal().callsByService().get("DongBoHoSoMC")).isEqualTo(calls + 1);
        assertThat(sims().portal().dossiers().get(id).path("TrichYeuHoSo").asText()).isEqualTo("Đã bổ sung giấy tờ theo yêu cầu");
        assertThat(sims().portal().creates(id)).isEqualTo(1);
        assertThat(sims().portal().updates(id)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void aCatalogueRefreshThatListsAProcedureReleasesItsHeldDossiers() {
        Map<String, Object> heldRow = jdbc.queryForList("select ma_ho_so, ma_don_vi, ma_tthc from transfer where state = 'HELD'"
                + " order by ma_ho_so").get(0);
        String maTTHC = (String) heldRow.get("ma_tthc");
        String agency = (String) heldRow.get("ma_don_vi");
        int heldForIt = jdbc.queryForObject("select count(*) from transfer where state = 'HELD' and ma_tthc = ?", Integer.class, maTTHC);
        sims().portal().addToCatalogue(agency, new CatalogueEntry(maTTHC, "Thủ tục mới tích hợp", 3, true));

        var refresh = camel.requestBody("direct:catalogue-refresh", null, CatalogueRefresh.Result.class);
        RunSummary run = sync.runOnce();

        assertThat(refresh.released()).isEqualTo(heldForIt);
        assertThat(run.sent()).isEqualTo(heldForIt);
        assertThat(state((String) heldRow.get("ma_ho_so"))).isEqualTo("SENT");
        assertThat(sims().portal().dossiers()).containsKey((String) heldRow.get("ma_ho_so"));
    }

    @Test
    @Order(6)
    void aSourceFieldOutsideTheContractIsNotSentAndRaisesOneDriftWarning() {
        List<String> ids = jdbc.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so"
                + " limit 3 offset 10", String.class);
        ids.forEach(id -> sims().source().touch(id, d -> d.put("MaVachHoSo", "8935000" + id.hashCode())));
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(
                vn.dvc.adapter.sync.RunControl.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        logger.addAppender(appender);
        RunSummary run;
        try {
            run = sync.runOnce();
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(run.drift()).containsExactly(Map.entry("MaVachHoSo", 3));
        assertThat(run.sent()).as("what the portal gets has not changed").isZero();
        assertThat(run.unchanged()).isGreaterThanOrEqualTo(3);
        ids.forEach(id -> assertThat(sims().portal().dossiers().get(id).has("MaVachHoSo")).as(id).isFalse());
        assertThat(appender.list).filteredOn(e -> e.getFormattedMessage().contains("MaVachHoSo")).hasSize(1);
        assertThat(jdbc.queryForObject("select drift from sync_run where id = ?", String.class, run.run()))
                .isEqualTo("MaVachHoSo=3");
    }

    @Test
    @Order(7)
    void aProgressEntryHeldBackForADefectIsSentOnceTheSourceCorrectsIt() {
        String id = jdbc.queryForObject("select min(ma_ho_so) from transfer where state = 'SENT' and progress_total > 0",
                String.class);
        int before = sims().portal().progress(id).size();
        sims().source().touch(id, d -> {
            var history = (com.fasterxml.jackson.databind.node.ArrayNode) d.get("TienDo");
            ObjectNode last = (ObjectNode) history.get(history.size() - 1);
            history.add(last.deepCopy().put("TrangThai", "12").put("NoiDungXuLy", "Bước có mã trạng thái sai"));
            history.add(last.deepCopy().put("NoiDungXuLy", "Bước sau đó"));
        });

        RunSummary first = sync.runOnce();

        assertThat(first.sent()).isEqualTo(1);
        assertThat(first.progressHeld()).isEqualTo(1);
        List<JsonNode> atPortal = sims().portal().progress(id);
        assertThat(atPortal).hasSize(before + 1);
        assertThat(atPortal.get(before).path("NoiDungXuLy").asText()).isEqualTo("Bước sau đó");
        Map<String, Object> row = jdbc.queryForMap("select state, progress_held, progress_issues from transfer where ma_ho_so = ?", id);
        assertThat(row.get("state")).isEqualTo("SENT");
        assertThat(row.get("progress_held")).isEqualTo(String.valueOf(before));
        assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) row.get("progress_issues"))).contains("HELD", "UNKNOWN_CODE", "TienDo[" + before + "].TrangThai");

        sims().source().touch(id, d -> ((ObjectNode) d.get("TienDo").get(before)).put("TrangThai", "4"));
        RunSummary second = sync.runOnce();

        assertThat(second.progressHeld()).isZero();
        atPortal = sims().portal().progress(id);
        assertThat(atPortal).hasSize(before + 2);
        assertThat(atPortal.get(before + 1).path("NoiDungXuLy").asText()).isEqualTo("Bước có mã trạng thái sai");
        assertThat(jdbc.queryForObject("select progress_held from transfer where ma_ho_so = ?", String.class, id)).isNull();
        assertThat(sync.runOnce().sent()).as("nothing left to send").isZero();
    }

    @Test
    @Order(8)
    void reconcileFindsExactlyTheDossiersThePortalLostOrHoldsStaleAndRepairSendsThemAgain() {
        // the window: the day of the 400th latest change at the source, and 30 dossiers changed since
        List<Map.Entry<String, java.time.OffsetDateTime>> recent = jdbc.query("select ma_ho_so, source_updated from transfer"
                + " where state = 'SENT' order by source_updated desc limit 400",
                (rs, i) -> Map.entry(rs.getString(1), rs.getObject(2, java.time.OffsetDateTime.class)));
        LocalDate since = recent.get(recent.size() - 1).getValue().toInstant()
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        List<String> chosen = new ArrayList<>();
        for (int i = 5; i < recent.size() && chosen.size() < 30; i += 13) {
            chosen.add(recent.get(i).getKey());
        }
        List<String> lost = chosen.subList(0, 20);
        List<String> stale = chosen.subList(20, 30);
        sims().portal().lose(lost);
        sims().portal().makeStale(stale);
        int held = jdbc.queryForObject("select count(*) from transfer where sent_hash is not null and source_updated >= ?",
                Integer.class, since.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime());
        assertThat(held).isBetween(400, 3000);

        ReconcileResult found = reconcile.reconcile(new ReconcileRequest(since, null, null, null, null, false, "test"));

        assertThat(found.checked()).isEqualTo(held);
        assertThat(found.unreadable()).isZero();
        assertThat(ids(found, Result.MISSING)).containsExactlyInAnyOrderElementsOf(lost);
        assertThat(ids(found, Result.STALE)).containsExactlyInAnyOrderElementsOf(stale);
        assertThat(found.match()).isEqualTo(held - 30);
        assertThat(found.clean()).isFalse();
        assertThat(found.files()).hasSize(2).allSatisfy(f -> assertThat(f).exists());

        ReconcileResult repaired = reconcile.reconcile(new ReconcileRequest(since, null, null, null, null, true, "test"));

        assertThat(repaired.missing() + repaired.stale()).isEqualTo(30);
        assertThat(repaired.repaired()).isEqualTo(30);
        assertThat(repaired.clean()).isTrue();
        assertThat(jdbc.queryForObject("select kind from sync_run where id = ?", String.class, repaired.repairRun()))
                .isEqualTo("RECONCILE");
        Map<String, ObjectNode> source = new HashMap<>();
        sims().source().currentDossiers().forEach(d -> source.put(d.path("MaHoSo").asText(), d));
        for (String id : chosen) {
            JsonNode atPortal = sims().portal().dossiers().get(id);
            assertThat(atPortal).as(id).isNotNull();
            assertThat(atPortal.get("TrichYeuHoSo")).as(id).isEqualTo(nfc(source.get(id).get("TrichYeuHoSo")));
            assertThat(state(id)).as(id).isEqualTo("SENT");
        }
        for (String id : lost) {
            assertThat(sims().portal().progress(id)).as("progress of %s sent again", id)
                    .hasSize(source.get(id).path("TienDo").size());
        }

        ReconcileResult again = reconcile.reconcile(new ReconcileRequest(since, null, null, null, null, false, "test"));

        assertThat(again.missing() + again.stale() + again.unreadable()).isZero();
        assertThat(again.match()).isEqualTo(held);
    }

    @Test
    @Order(9)
    void aSampleOfACleanPortalEstimatesNoDrift() {
        ReconcileResult r = reconcile.reconcile(new ReconcileRequest(null, null, null, 200, 7L, false, "test"));

        assertThat(r.checked()).isEqualTo(200);
        assertThat(r.match()).isEqualTo(200);
        assertThat(r.estimate().share()).isZero();
        assertThat(r.estimate().low()).isZero();
        assertThat(r.estimate().high()).isBetween(0.001, 0.03);
        assertThat(r.estimate().population()).isGreaterThan(2000);
    }

    @Test
    @Order(10)
    void readsThatTimeOutAreUnreadableAndNeverMissing() {
        List<String> ids = jdbc.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so limit 5",
                String.class);
        sims().portal().faults().slowLookups(ids.subList(0, 1), 4_500);
        ReconcileResult r;
        try {
            r = reconcile.reconcile(new ReconcileRequest(null, null, ids, null, null, true, "test"));
        } finally {
            sims().portal().faults().reset();
        }

        assertThat(ids(r, Result.UNREADABLE)).containsExactly(ids.get(0));
        assertThat(r.missing() + r.stale()).isZero();
        assertThat(r.match()).isEqualTo(4);
        assertThat(r.clean()).isFalse();
        assertThat(r.repairRun()).as("nothing to repair").isNull();
        ids.forEach(id -> assertThat(state(id)).as(id).isEqualTo("SENT"));
    }

    @Test
    @Order(11)
    void theLedgerHoldsNoIdentityNumberPhoneOrEmailInClear() {
        // after the runs above: quarantined raw records, held and failed payloads, progress issues, events
        assertThat(jdbc.queryForObject("select count(*) from transfer where state in ('QUARANTINED','HELD') and payload is not null",
                Integer.class)).isPositive();
        java.util.Set<String> personal = vn.dvc.adapter.LedgerScan.personalValues(sims().source().currentDossiers().toList());
        assertThat(personal).as("identity numbers, phones and e-mails of the data set").hasSizeGreaterThan(DOSSIERS);

        assertThat(vn.dvc.adapter.LedgerScan.inClear(jdbc, personal)).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from transfer where payload is not null and payload not like 'v1:test1:%'",
                Integer.class)).as("payloads not sealed").isZero();
    }

    private static List<String> ids(ReconcileResult r, Result result) {
        return r.drift().stream().filter(f -> f.result() == result).map(f -> f.target().maHoSo()).toList();
    }

    private boolean listedByDvcqg(ObjectNode dossier) {
        String agency = dossier.path("MaDonVi").asText();
        String procedure = dossier.path("MaTTHC").asText();
        return data().nationalCatalogue(agency).stream().anyMatch(e -> e.maTTHC().equals(procedure));
    }

    private String state(String id) {
        return jdbc.queryForObject("select state from transfer where ma_ho_so = ?", String.class, id);
    }

    private String firstSentDossier() {
        return jdbc.queryForObject("select min(ma_ho_so) from transfer where state = 'SENT'", String.class);
    }

    private static JsonNode nfc(JsonNode node) {
        if (node.isTextual()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(Normalizer.normalize(node.asText(), Normalizer.Form.NFC));
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                ((ObjectNode) copy).properties().forEach(e -> e.setValue(nfc(e.getValue())));
            } else {
                var array = (com.fasterxml.jackson.databind.node.ArrayNode) copy;
                for (int i = 0; i < array.size(); i++) {
                    array.set(i, nfc(array.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private static List<JsonNode> nfcList(JsonNode entries, String id) {
        List<JsonNode> out = new ArrayList<>();
        entries.forEach(e -> {
            ObjectNode copy = (ObjectNode) nfc(e);
            if (!copy.has("MaHoSo")) {
                copy.put("MaHoSo", id);
            }
            out.add(copy);
        });
        return out;
    }
}
