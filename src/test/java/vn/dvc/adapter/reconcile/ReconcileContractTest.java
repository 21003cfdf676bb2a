package vn.dvc.adapter.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.Transfers;

/** Reading the portal back with TraCuuHoSo against a WireMock portal that follows domain.md §4. */
class ReconcileContractTest extends WireMockSystems {

    @Autowired
    ReconcileService reconcile;
    @Autowired
    DossierMapper mapper;
    @Autowired
    ObjectMapper json;
    @Autowired
    vn.dvc.adapter.portal.PortalClient client;

    /** A dossier the ledger says the portal accepted; returns it as it was mapped and sent. */
    private ObjectNode accepted(String id) throws Exception {
        Checked.Valid v = (Checked.Valid) mapper.check(json.readTree(Dossiers.valid(id, "2025-03-04T08:20:00+07:00", null)), 0, "p");
        jdbc.update("insert into transfer (ma_ho_so, state, content_hash, sent_hash, at_portal, progress_total, progress_sent,"
                        + " source_updated, ma_don_vi, created_at, updated_at) values (?, 'SENT', ?, ?, true, 1, 1, ?, ?, ?, ?)",
                id, v.hash(), v.hash(), Transfers.now(), "000.00.12.H25", Transfers.now(), Transfers.now());
        return v.dossier();
    }

    private void portalHolds(String id, Object reply) throws Exception {
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo")))
                .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo(id)))
                .willReturn(okJson(json.writeValueAsString(reply))));
    }

    private static Map<String, Object> found(ObjectNode dossier) {
        return Map.of("error_code", 0, "result", dossier);
    }

    private ReconcileResult run(List<String> ids) {
        return reconcile.reconcile(new ReconcileRequest(null, null, ids, null, null, false, "test"));
    }

    private static Map<String, Result> byId(ReconcileResult r) {
        return r.drift().stream().collect(Collectors.toMap(f -> f.target().maHoSo(), Finding::result));
    }

    @Test
    void aDossierHeldAsSentMatchesOneHeldOtherwiseIsStaleOneNotHeldIsMissing() throws Exception {
        client.forgetCredentials();
        ObjectNode a = accepted("HS-A");
        ObjectNode b = accepted("HS-B");
        accepted("HS-C");
        // the portal's copy of A in another key order, with a field of its own: still the same content
        ObjectNode reordered = json.createObjectNode().put("NgayCapNhat", "20260101000000");
        List<String> names = new java.util.ArrayList<>();
        a.fieldNames().forEachRemaining(names::add);
        java.util.Collections.reverse(names);
        names.forEach(n -> reordered.set(n, a.get(n)));
        portalHolds("HS-A", found(reordered));
        portalHolds("HS-B", found(b.deepCopy().put("TrangThaiHoSo", 4)));   // a code retyped: not what was sent
        portalHolds("HS-C", Map.of("error_code", -1, "message", "Không tìm thấy hồ sơ"));

        ReconcileResult r = run(List.of("HS-A", "HS-B", "HS-C"));

        assertThat(r.checked()).isEqualTo(3);
        assertThat(r.match()).isEqualTo(1);
        assertThat(byId(r)).containsExactlyInAnyOrderEntriesOf(Map.of("HS-B", Result.STALE, "HS-C", Result.MISSING));
        assertThat(r.drift()).filteredOn(f -> f.result() == Result.MISSING).singleElement()
                .satisfies(f -> assertThat(f.detail()).contains("Không tìm thấy hồ sơ", "-1"));
        assertThat(r.clean()).isFalse();
        PORTAL.verify(3, postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo"))));
        assertThat(jdbc.queryForObject("select count(*) from reconcile_drift where reconcile_id = ?", Integer.class, r.run()))
                .isEqualTo(2);
    }

    @Test
    void aSessionThatExpiresMidReconcileIsRenewedAndTheReadsGoOn() throws Exception {
        client.forgetCredentials();
        ObjectNode a = accepted("HS-A");
        ObjectNode b = accepted("HS-B");
        portalHolds("HS-A", found(a));
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.MaHoSo", equalTo("HS-B")))
                .inScenario("session").whenScenarioStateIs(STARTED)
                .willReturn(okJson("{\"error_code\":2,\"message\":\"Phiên làm việc hết hạn\"}")).willSetStateTo("renewed"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.MaHoSo", equalTo("HS-B")))
                .inScenario("session").whenScenarioStateIs("renewed").willReturn(okJson(json.writeValueAsString(found(b)))));

        ReconcileResult r = run(List.of("HS-A", "HS-B"));

        assertThat(r.match()).isEqualTo(2);
        assertThat(r.clean()).isTrue();
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/auth")));   // an expired session is not a missing dossier
    }

    @Test
    void aReadThatKeepsFailingIsUnreadableNeverMissing() throws Exception {
        client.forgetCredentials();
        accepted("HS-A");
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(aResponse().withStatus(503)));

        ReconcileResult r = run(List.of("HS-A"));

        assertThat(r.unreadable()).isEqualTo(1);
        assertThat(r.missing()).isZero();
        assertThat(r.clean()).isFalse();
        assertThat(r.drift()).singleElement().satisfies(f -> assertThat(f.detail()).contains("503"));
        // the ledger still says the portal holds it: nothing was learnt
        assertThat(jdbc.queryForObject("select state from transfer where ma_ho_so = 'HS-A'", String.class)).isEqualTo("SENT");
    }

    @Test
    void aBadRequestNamesEveryProblemAndReadsNothing() {
        var request = new ReconcileRequest(null, null, List.of("A"), 0, null, false, "test");

        assertThat(request.problems()).hasSize(2);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reconcile.reconcile(request))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sample").hasMessageContaining("--ids");
        assertThat(new ReconcileRequest(null, null, null, null, null, false, "t").problems()).singleElement()
                .asString().contains("--since", "--agency", "--ids", "--sample");
        assertThat(new ReconcileRequest(java.time.LocalDate.of(2025, 1, 1), "000.00.12.H25", null, 10, null, false, "t").problems())
                .as("a sample with a filter it would ignore").singleElement().asString()
                .contains("does not go with --since or --agency");
    }
}
