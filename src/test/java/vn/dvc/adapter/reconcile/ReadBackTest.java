package vn.dvc.adapter.reconcile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.FileLedgerSystems;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.Reconciliations.Target;

/**
 * {@code portal-lookup}: one {@code TraCuuHoSo} a dossier, and the answer classified in the canonical
 * form of the content hash: the very content the sync sent is a MATCH, a changed field is STALE and
 * named, an answer "not found" is MISSING, and a portal that keeps failing is UNREADABLE (never drift).
 */
class ReadBackTest extends FileLedgerSystems {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ReadBack readBack;
    @Autowired
    DossierMapper mapper;

    private Checked.Valid sent;

    @BeforeEach
    void sentBySync() {
        sent = (Checked.Valid) mapper.check(page("p", null, Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null)).items().get(0),
                0, "p");
    }

    private Target target(String payload) {
        return new Target("HS-1", sent.hash(), Instant.parse("2025-03-04T01:20:00Z"), "000.00.12.H25", payload);
    }

    private void portalHolds(ObjectNode dossier) {
        ObjectNode reply = JSON.createObjectNode().put("error_code", 0);
        reply.set("result", dossier);
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo")))
                .willReturn(okJson(reply.toString())));
    }

    @Test
    void theContentTheSyncSentIsAMatch() {
        portalHolds(sent.dossier().deepCopy());

        Reconciliation r = new Reconciliation(1, new ReconcileRequest(null, null, List.of("HS-1"), null, null, false, "test"),
                List.of(target(null)), 1);
        readBack.read(r.targets, r);

        assertThat(r.findings.get("HS-1").result()).isEqualTo(Result.MATCH);
        assertThat(r.read.get()).isEqualTo(1);
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo"))));
    }

    @Autowired
    vn.dvc.adapter.ledger.Reconciliations reconciliations;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void aPartReadWhenTheHeartbeatIsDueSaysTheReconcileIsAlive() {
        portalHolds(sent.dossier().deepCopy());
        long id = reconciliations.start("test", "--ids HS-1", 1);
        java.time.OffsetDateTime started = jdbc.queryForObject("select heartbeat_at from reconcile_run where id = ?",
                java.time.OffsetDateTime.class, id);
        jdbc.update("update reconcile_run set heartbeat_at = ? where id = ?", started.minusMinutes(5), id);
        Reconciliation r = new Reconciliation(id, new ReconcileRequest(null, null, List.of("HS-1"), null, null, false, "test"),
                List.of(target(null)), 1);

        readBack.read(r.targets, r);
        assertThat(jdbc.queryForObject("select heartbeat_at from reconcile_run where id = ?", java.time.OffsetDateTime.class, id))
                .as("not yet due: the reconcile started alive").isEqualTo(started.minusMinutes(5));

        r.lastHeartbeat.addAndGet(-vn.dvc.adapter.ledger.Reconciliations.HEARTBEAT.toNanos());
        readBack.read(r.targets, r);
        assertThat(jdbc.queryForObject("select heartbeat_at from reconcile_run where id = ?", java.time.OffsetDateTime.class, id))
                .isAfterOrEqualTo(started);
    }

    @Test
    void aChangedFieldIsStaleAndNamedWhenTheLedgerKeptWhatWasSent() throws Exception {
        ObjectNode atPortal = sent.dossier().deepCopy().put("TrichYeuHoSo", "sửa tay ở Cổng");
        portalHolds(atPortal);
        ObjectNode payload = JSON.createObjectNode();
        payload.set("dossier", sent.dossier());

        Finding f = readBack.lookUp(target(payload.toString()));

        assertThat(f.result()).isEqualTo(Result.STALE);
        assertThat(f.detail()).isEqualTo("nội dung khác bản đã gửi ở trường: TrichYeuHoSo");
        assertThat(readBack.lookUp(target(null)).detail()).as("without what was sent: the hashes")
                .startsWith("nội dung khác bản đã gửi (mã băm ");
    }

    @Test
    void notFoundIsMissingAndAPortalThatKeepsFailingIsUnreadable() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(okJson("{\"error_code\":1,\"message\":\"Không tìm thấy hồ sơ\"}")));
        Finding missing = readBack.lookUp(target(null));
        assertThat(missing.result()).isEqualTo(Result.MISSING);
        assertThat(missing.detail()).contains("Không tìm thấy hồ sơ").contains("error_code 1");
        assertThat(missing.drift()).isTrue();

        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(aResponse().withStatus(503)));
        Finding unreadable = readBack.lookUp(target(null));
        assertThat(unreadable.result()).isEqualTo(Result.UNREADABLE);
        assertThat(unreadable.drift()).isFalse();
        // the one not found, then the read tried adapter.reconcile.max-attempts (3) times
        PORTAL.verify(1 + 3, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo")))
                .withRequestBody(matchingJsonPath("$.MaHoSo", equalTo("HS-1"))).withHeader("Authorization", equalTo("Bearer tok-1")));
    }
}
