package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The portal's data rules over real HTTP: create/update, whole-batch rejection, progress, catalogue. */
class PortalRulesTest extends PortalFixture {

    @Test
    void aSecondCreateOfTheSameDossierIsRefusedAndStoresNothing() throws Exception {
        assertThat(post("/integration", token, sync(false, 0)).body().path("error_code").asInt()).isZero();
        JsonNode again = post("/integration", token, sync(false, 1, 0)).body();
        assertThat(again.path("error_code").asInt()).isEqualTo(3);
        assertThat(again.path("message").asText()).contains(DATA.maHoSo(GOOD.get(0))).contains("đã tồn tại");
        assertThat(portal.dossiers()).containsOnlyKeys(DATA.maHoSo(GOOD.get(0)));
        assertThat(portal.creates(DATA.maHoSo(GOOD.get(0)))).isEqualTo(1);
    }

    @Test
    void anUpdateOfAnUnknownDossierCreatesItThenUpdates() throws Exception {
        String ma = DATA.maHoSo(GOOD.get(2));
        assertThat(post("/integration", token, sync(true, 2)).body().path("error_code").asInt()).isZero();
        assertThat(portal.creates(ma)).isEqualTo(1);
        assertThat(portal.updates(ma)).isZero();
        ObjectNode changed = DATA.dossier(GOOD.get(2)).put("TrangThaiHoSo", 10);
        assertThat(post("/integration", token, envelope("DongBoHoSoMC").put("isUpdating", "True")
            .set("data", JsonNodeFactory.instance.arrayNode().add(changed))).body().path("error_code").asInt()).isZero();
        assertThat(portal.updates(ma)).isEqualTo(1);
        assertThat(portal.dossiers().get(ma).path("TrangThaiHoSo").asInt()).isEqualTo(10);
        JsonNode found = post("/integration", token, envelope("TraCuuHoSo").put("MaHoSo", ma)).body();
        assertThat(found.path("result")).isEqualTo(changed);
        assertThat(post("/integration", token, envelope("TraCuuHoSo").put("MaHoSo", "khong-co")).body()
            .path("message").asText()).isEqualTo("Không tìm thấy hồ sơ");
    }

    @Test
    void oneInvalidRecordRejectsTheWholeBatch() throws Exception {
        ObjectNode bad = DATA.dossier(GOOD.get(4));
        bad.remove("MaTTHC");
        ObjectNode request = sync(false, 3);
        ((ArrayNode) request.get("data")).add(bad);
        JsonNode reply = post("/integration", token, request).body();
        assertThat(reply.path("error_code").asInt()).isEqualTo(-1);
        assertThat(reply.path("message").asText()).startsWith("Hồ sơ " + DATA.maHoSo(GOOD.get(4))).contains("MaTTHC");

        ObjectNode longText = DATA.dossier(GOOD.get(5)).put("TrichYeuHoSo", "x".repeat(1001));
        assertThat(code(envelope("DongBoHoSoMC").put("isUpdating", "False")
            .set("data", JsonNodeFactory.instance.arrayNode().add(longText)))).isEqualTo(-1);
        ObjectNode badDate = DATA.dossier(GOOD.get(5)).put("NgayHenTra", "20251345000000");
        assertThat(code(envelope("DongBoHoSoMC").put("isUpdating", "True")
            .set("data", JsonNodeFactory.instance.arrayNode().add(badDate)))).isEqualTo(-1);

        portal.rejectAsInvalid(Set.of(DATA.maHoSo(GOOD.get(6))));
        assertThat(code(sync(true, 3, 6))).isEqualTo(-1);
        portal.removeFromCatalogue(DATA.dossier(GOOD.get(7)).path("MaTTHC").asText());
        assertThat(code(sync(true, 7))).isEqualTo(-1);
        assertThat(portal.dossiers()).isEmpty();
        assertThat(code(sync(false, 3))).isZero();
    }

    @Test
    void progressIsAcceptedOnlyForDossiersThePortalHolds() throws Exception {
        ObjectNode dossier = DATA.dossier(GOOD.get(8));
        String ma = dossier.path("MaHoSo").asText();
        ObjectNode request = envelope("CapNhatTienDoHoSoMC");
        request.set("data", dossier.get("TienDo"));
        JsonNode refused = post("/integration", token, request).body();
        assertThat(refused.path("error_code").asInt()).isEqualTo(-1);
        assertThat(refused.path("message").asText()).contains(ma);
        assertThat(portal.progress(ma)).isEmpty();

        assertThat(code(sync(false, 8))).isZero();
        assertThat(post("/integration", token, request).body().path("error_code").asInt()).isZero();
        assertThat(portal.progress(ma)).hasSize(dossier.get("TienDo").size());
        ((ObjectNode) request.get("data").get(0)).put("NguoiXuLy", "N".repeat(51));
        assertThat(code(request)).isEqualTo(-1);
        assertThat(portal.progress(ma)).hasSize(dossier.get("TienDo").size());
    }

    @Test
    void theCatalogueListsAnAgencysProceduresAndFollowsChanges() throws Exception {
        String agency = "000.00.12.H25";
        ObjectNode request = envelope("LayDanhSachTTHC").put("madonvi", agency);
        JsonNode result = post("/share", token, request).body().path("result");
        assertThat(result).hasSize(DATA.nationalCatalogue(agency).size());
        assertThat(result.get(0).has("TichHop")).isTrue();
        portal.addToCatalogue(agency, new CatalogueEntry("1.999999." + agency, "Thủ tục mới", 4, true));
        JsonNode after = post("/share", token, request).body().path("result");
        assertThat(after).hasSize(result.size() + 1);
        assertThat(after.get(after.size() - 1).path("TenTTHC").asText()).isEqualTo("Thủ tục mới");
        assertThat(portal.callsByService().get("LayDanhSachTTHC")).isEqualTo(2);
    }

    @Test
    void concurrentCreatesOfOneDossierStoreItOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> replies = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return code(sync(false, 11));
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : replies) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnly(0, 3).containsOnlyOnce(0);
        } finally {
            pool.shutdownNow();
        }
        assertThat(portal.creates(DATA.maHoSo(GOOD.get(11)))).isEqualTo(1);
        assertThat(portal.callsByService().get("DongBoHoSoMC")).isEqualTo(12);
    }
}
