package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.DvcqgViewDatabase;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * The {@code dvcqg-view} profile on PostgreSQL: views with DVCQG's field names, filled from the demo
 * data, read field for field. The portal must hold the demo record as the export API gives it, but
 * for the two lists the views leave out, and the applicant's e-authentication as the ID token proves.
 */
@SpringBootTest(properties = "spring.config.import=classpath:targets-hoabinh.yaml")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DvcqgViewOnPostgresTest {

    static final int DOSSIERS = 800;
    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    static final EmbeddedPostgres POSTGRES = EndToEnd.postgres();
    static final DataSource OWNER = POSTGRES.getPostgresDatabase();
    static final DvcqgViewDatabase VIEWS = new DvcqgViewDatabase(OWNER).create();
    static final int FILLED = VIEWS.fill(DATA);
    /** Not sent (the source's own) or not in the view set. */
    private static final Set<String> NOT_COMPARED = Set.of("MaDonVi", "CapNhatLuc", "XacThuc", "TienDo", "TaiKhoanDuocXacThucVoiVNeID",
            "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung");

    @Autowired
    SyncService sync;
    @Autowired
    JdbcTemplate ledger;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EndToEnd.systems(registry, SIMS, DATA);
        registry.add("adapter.source.kind", () -> "database");
        registry.add("adapter.source.profile", () -> "dvcqg-view");
        registry.add("adapter.source.database.url", () -> "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/postgres");
        registry.add("adapter.source.database.username", () -> "postgres");
        registry.add("adapter.source.database.password", () -> "postgres");
        registry.add("adapter.source.page-size", () -> "300");
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:dvcqg-view-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        SIMS.close();
        POSTGRES.close();
    }

    @Test
    @Order(1)
    void everyFieldOfTheViewsReachesThePortalAsTheSourceHoldsIt() throws Exception {
        RunSummary run = sync.runOnce();

        assertThat(run.status()).as(run.message()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.pulled()).isEqualTo(FILLED);
        ObjectMapper json = new ObjectMapper();
        int compared = 0;
        for (int i = 0; i < DOSSIERS; i++) {
            String id = DATA.maHoSo(i);
            JsonNode actual = SIMS.portal().dossiers().get(id);
            if (DATA.refused(i) || actual == null) {
                continue;   // left out of the views, or held: its procedure is not on DVCQG
            }
            compared++;
            ObjectNode expected = (ObjectNode) json.readTree(Normalizer.normalize(DATA.dossier(i).toString(), Normalizer.Form.NFC));
            for (var field : expected.properties()) {
                if (NOT_COMPARED.contains(field.getKey())) {
                    continue;
                }
                // a NULL column is no value: the field is left out
                JsonNode want = field.getValue().isNull() ? null : field.getValue();
                assertThat(actual.get(field.getKey())).as("%s.%s", id, field.getKey()).isEqualTo(want);
            }
            boolean online = expected.path("KenhThucHien").asText().equals("2");
            assertThat(actual.path("TaiKhoanDuocXacThucVoiVNeID").asText()).as("%s e-authenticated", id)
                    .isEqualTo(online && DATA.expectedEauthFailure(i) == null ? "1" : "0");
            List<JsonNode> progress = new ArrayList<>();
            for (JsonNode p : expected.path("TienDo")) {
                ObjectNode entry = p.deepCopy();
                entry.properties().removeIf(e -> e.getValue().isNull());
                if (DATA.progressDefect(i) && progress.isEmpty()) {
                    entry.put("NguoiXuLy", entry.get("NguoiXuLy").asText().substring(0, 49) + "…");
                }
                progress.add(entry);
            }
            assertThat(SIMS.portal().progress(id)).as("progress of %s", id).containsExactlyElementsOf(progress);
        }
        assertThat(compared).isGreaterThan(DOSSIERS * 8 / 10);
    }

    @Test
    @Order(2)
    void aProgressRowAddedWithoutTouchingTheDossierReachesThePortalAndNothingElseIsSent() {
        String id = ledger.queryForObject("select min(ma_ho_so) from transfer where state = 'SENT'", String.class);
        int before = SIMS.portal().progress(id).size();
        VIEWS.addProgress(id, 4, "Trần Thị Hoa", "Thẩm định hồ sơ bổ sung", Instant.now());

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sent()).isEqualTo(1);
        List<JsonNode> progress = SIMS.portal().progress(id);
        assertThat(progress).hasSize(before + 1);
        assertThat(progress.get(before).get("NoiDungXuLy").asText()).isEqualTo("Thẩm định hồ sơ bổ sung");
        assertThat(sync.runOnce().sent()).as("a second run").isZero();
    }
}
