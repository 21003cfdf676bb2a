package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.catalogue.Catalogue;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileResult;
import vn.dvc.adapter.reconcile.ReconcileService;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsDatabase;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * {@code sync} from an OpenCPS v2 database (the subclasses: PostgreSQL, MariaDB) through the built-in
 * {@code opencps} profile to the portal simulator over HTTP. The database is filled from the demo data
 * with UTC timestamps, as Liferay writes them; the adapter reads it as a read-only user. What the
 * portal must hold comes from the README's mapping table, computed in Java ({@link OpenCpsExpected}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpenCpsEndToEnd {

    static final int DOSSIERS = 1200;
    static final String FILE_URL = "https://motcua.hoabinh.gov.vn/documents/{fileEntryId}";
    static final String READER = "adapter_reader";
    static final String READER_PASSWORD = "doc-chi-doc";

    @Autowired
    SyncService sync;
    @Autowired
    JdbcTemplate ledger;
    @Autowired
    Catalogue catalogue;
    @Autowired
    ReconcileService reconcile;

    abstract Simulators sims();

    abstract DemoData data();

    /** The OpenCPS database as its owner (the tests write to it as OpenCPS would). */
    abstract JdbcTemplate opencps();

    abstract OpenCpsDatabase database();

    static void properties(DynamicPropertyRegistry registry, Simulators sims, DemoData data, String url) {
        EndToEnd.systems(registry, sims, data);
        registry.add("adapter.source.kind", () -> "database");
        registry.add("adapter.source.profile", () -> "opencps");
        registry.add("adapter.source.database.url", () -> url);
        registry.add("adapter.source.database.username", () -> READER);
        registry.add("adapter.source.database.password", () -> READER_PASSWORD);
        registry.add("adapter.source.database.file-url", () -> FILE_URL);
        registry.add("adapter.source.page-size", () -> "250");   // several pages, and events of one dossier across two
        try {
            String dir = Files.createTempDirectory("opencps-e2e").toString();
            registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + dir + "/adapter");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    @Order(1)
    void everyDossierReachesThePortalWithTheValuesOfTheMappingTable() {
        RunSummary run = sync.runOnce();

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        OpenCpsExpected expected = new OpenCpsExpected(opencps(), ZoneOffset.UTC, FILE_URL);
        assertThat(expected.dossiers).hasSizeGreaterThan(DOSSIERS * 9 / 10);
        PortalSimulator portal = sims().portal();
        int sent = 0;
        int held = 0;
        for (var e : expected.dossiers.entrySet()) {
            String id = e.getKey();
            JsonNode want = asParsed(e.getValue());
            if (!listedByDvcqg(e.getValue(), expected.agency.get(id))) {
                held++;
                assertThat(state(id)).as(id).isEqualTo("HELD");
                continue;
            }
            sent++;
            JsonNode actual = portal.dossiers().get(id);
            assertThat(actual).as("dossier %s at the portal", id).isNotNull();
            // field by field, value and JSON type, and nothing else
            want.properties().forEach(f -> assertThat(actual.get(f.getKey())).as("%s.%s", id, f.getKey()).isEqualTo(f.getValue()));
            assertThat(actual.size()).as("fields of %s at the portal: %s", id, actual.properties().stream().map(Map.Entry::getKey).toList())
                    .isEqualTo(want.size());
            assertThat(portal.progress(id)).as("progress of %s", id).containsExactlyElementsOf(
                    expected.progress.get(id).stream().map(OpenCpsEndToEnd::asParsed).toList());
            assertThat(portal.creates(id)).as("creates of %s", id).isEqualTo(1);
        }
        assertThat(sent).isPositive();
        assertThat(held).isPositive();
        assertThat(run.sent()).isEqualTo(sent);
        assertThat(run.held()).isEqualTo(held);
        assertThat(run.quarantined()).isZero();
        assertThat(run.drift()).isEmpty();
        assertThat(portal.dossiers()).hasSize(sent);
    }

    @Test
    @Order(2)
    void theProvincesCatalogueIsReadFromTheSameDatabase() {
        Integer configs = opencps().queryForObject("select count(*) from opencps_serviceconfig", Integer.class);
        assertThat(ledger.queryForObject("select count(*) from procedure_local", Integer.class)).isEqualTo(configs);
        assertThat(catalogue.lastRefresh()).isNotNull();
    }

    @Test
    @Order(3)
    void aSecondRunSendsNothing() {
        int calls = sims().portal().totals().values().stream().mapToInt(Integer::intValue).sum();
        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sent()).isZero();
        assertThat(sims().portal().totals().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(calls);
    }

    @Test
    @Order(4)
    void aDossierEditedAndAnActionAddedWithoutTouchingTheDossierBothReachThePortal() {
        List<String> sent = ledger.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so", String.class);
        String edited = sent.get(0);
        String acted = sent.get(1);
        Instant now = Instant.now();
        Instant actedRowBefore = modified(acted);
        int progressBefore = sims().portal().progress(acted).size();
        database().editDossier(edited, "Đề nghị tách thửa đất (đã sửa tên)", now);
        database().addAction(acted, 4, "Lê Văn Bình", "Chuyển lãnh đạo phòng xem xét", now);

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sims().portal().dossiers().get(edited).get("TrichYeuHoSo").asText()).isEqualTo("Đề nghị tách thửa đất (đã sửa tên)");
        assertThat(modified(acted)).as("the dossier's own row of %s", acted).isEqualTo(actedRowBefore);
        List<JsonNode> progress = sims().portal().progress(acted);
        assertThat(progress).hasSize(progressBefore + 1);
        assertThat(progress.get(progress.size() - 1).get("NoiDungXuLy").asText()).isEqualTo("Chuyển lãnh đạo phòng xem xét");
        assertThat(progress.get(progress.size() - 1).get("TrangThai").asText()).isEqualTo("4");
    }

    @Test
    @Order(5)
    void anUnknownStatusWordIsQuarantinedNamingTheWord() {
        String id = ledger.queryForObject("select max(ma_ho_so) from transfer where state = 'SENT'", String.class);
        database().setStatus(id, "interoperating", "", Instant.now());

        RunSummary run = sync.runOnce();

        assertThat(run.quarantined()).isEqualTo(1);
        assertThat(state(id)).isEqualTo("QUARANTINED");
        String error = TestProperties.cipher().open(ledger.queryForObject("select last_error from transfer where ma_ho_so = ?",
                String.class, id));
        assertThat(error).contains(id, "TrangThaiHoSo", "interoperating");
        assertThat(ledger.queryForObject("select error_field from transfer where ma_ho_so = ?", String.class, id))
                .isEqualTo("TrangThaiHoSo");
    }

    /**
     * As the portal parsed it: a number is an int where it fits, as any JSON reader makes it; text in
     * NFC (the demo data writes some names decomposed, and the adapter normalises them).
     */
    private static JsonNode asParsed(JsonNode node) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    java.text.Normalizer.normalize(node.toString(), java.text.Normalizer.Form.NFC));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(6)
    void reconcilesRepairReadsTheLostDossiersAgainFromTheDatabase() {
        List<String> sent = ledger.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so", String.class);
        List<String> lost = List.of(sent.get(5), sent.get(sent.size() / 2), sent.get(sent.size() - 2));
        JsonNode before = sims().portal().dossiers().get(lost.get(0));
        sims().portal().lose(lost);

        ReconcileResult r = reconcile.reconcile(new ReconcileRequest(null, null, lost, null, null, true, "test"));

        assertThat(r.missing()).isEqualTo(3);
        assertThat(r.repaired()).as("re-read from OpenCPS's tables and sent again").isEqualTo(3);
        lost.forEach(id -> assertThat(sims().portal().dossiers()).as(id).containsKey(id));
        assertThat(sims().portal().dossiers().get(lost.get(0))).isEqualTo(before);
    }

    private Instant modified(String dossierNo) {
        return opencps().queryForObject("select modifiedDate from opencps_dossier where dossierNo = ?",
                (rs, i) -> rs.getObject(1, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC), dossierNo);
    }

    private boolean listedByDvcqg(ObjectNode dossier, String agency) {
        String procedure = dossier.get("MaTTHC").asText();
        return data().nationalCatalogue(agency).stream().anyMatch(e -> e.maTTHC().equals(procedure));
    }

    private String state(String id) {
        return ledger.queryForObject("select state from transfer where ma_ho_so = ?", String.class, id);
    }
}
