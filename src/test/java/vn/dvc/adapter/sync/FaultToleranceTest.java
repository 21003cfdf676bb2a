package vn.dvc.adapter.sync;

import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.ledger.Stage;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.portal.DossierPush;
import vn.dvc.adapter.portal.PushCalls;
import vn.dvc.adapter.portal.Outcome;
import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.JsonText;

/** Transient faults of the portal, in the manner of Kafka Connect's error-handling tests. */
class FaultToleranceTest extends WireMockSystems {

    @Autowired
    SyncService sync;
    @Autowired
    PortalClient client;
    @Autowired
    DossierPush push;
    @Autowired
    com.fasterxml.jackson.databind.ObjectMapper json;

    @BeforeEach
    void fresh() {
        client.forgetCredentials();
    }

    private static String[] dossiers(int n) {
        String[] items = new String[n];
        for (int i = 0; i < n; i++) {
            items[i] = Dossiers.valid("HS-%03d".formatted(i), "2025-03-04T08:%02d:%02d+07:00".formatted(i / 60, i % 60), null);
        }
        return items;
    }

    @Test
    void a503StormOpensTheBreakerLeavesTheRestBehindTheCheckpointAndTheNextRunSendsIt() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, dossiers(40)))));
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(serviceUnavailable()));

        RunSummary stormy = sync.runOnce();

        // batch 4, 4 attempts each, breaker after 3 batches: 12 calls, then none while open
        assertThat(stormy.status()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/integration")))).hasSize(12);
        assertThat(stormy.failed()).isEqualTo(12);
        // the 28 never pushed are not in the ledger: the checkpoint stays before them, so they are read again
        assertThat(jdbc.queryForObject("select count(*) from transfer", Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from transfer where state = 'FAILED'", Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from checkpoint", Integer.class)).isZero();
        assertThat(stormy.complete()).isFalse();   // `sync` exits 3

        PORTAL.resetRequests();
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        RunSummary recovered = sync.runOnce();

        assertThat(recovered.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(recovered.pending()).isZero();
        assertThat(jdbc.queryForObject("select count(*) from transfer where state = 'SENT'", Integer.class)).isEqualTo(40);
        Map<String, Object> story = jdbc.queryForMap("select count(*) as n from transfer_event where state = 'FAILED'");
        assertThat(((Number) story.get("n")).intValue()).isEqualTo(12);
    }

    @Test
    void a429WaitsAtLeastItsRetryAfter() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("busy").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")).willSetStateTo("free"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("busy").whenScenarioStateIs("free")
                .willReturn(portalReply(0, "Thành công")));

        List<Outcome> outcomes = push.push(items(2), PushCalls.NONE);

        assertThat(outcomes).extracting(Outcome::kind).containsOnly(Outcome.Kind.ACCEPTED);
        List<LoggedRequest> calls = PORTAL.findAll(postRequestedFor(urlEqualTo("/integration")));
        assertThat(calls).hasSize(2);
        long waited = calls.get(1).getLoggedDate().getTime() - calls.get(0).getLoggedDate().getTime();
        assertThat(waited).isGreaterThanOrEqualTo(7000);
    }

    @Test
    void aConnectionResetIsTransientAndRetried() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("reset").whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)).willSetStateTo("ok"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("reset").whenScenarioStateIs("ok")
                .willReturn(portalReply(0, "Thành công")));

        List<Outcome> outcomes = push.push(items(3), PushCalls.NONE);

        assertThat(outcomes).extracting(Outcome::kind).containsOnly(Outcome.Kind.ACCEPTED);
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/integration")))).hasSize(2);
    }

    @Test
    void aPortalThatHangsTimesOutAtTheConfiguredLimit() {
        // adapter.http.read-timeout-ms=3000 in this context; the portal answers after 31 s the first time
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("slow").whenScenarioStateIs(STARTED)
                .willReturn(portalReply(0, "Thành công").withFixedDelay(31_000)).willSetStateTo("fast"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("slow").whenScenarioStateIs("fast")
                .willReturn(portalReply(0, "Thành công")));

        long start = System.nanoTime();
        List<Outcome> outcomes = push.push(items(1), PushCalls.NONE);
        long ms = (System.nanoTime() - start) / 1_000_000;

        assertThat(outcomes).extracting(Outcome::kind).containsOnly(Outcome.Kind.ACCEPTED);
        assertThat(ms).isBetween(3000L, 10_000L);
        assertThat(PORTAL.findAll(postRequestedFor(urlEqualTo("/integration")))).hasSize(2);
    }

    @Test
    void aTimeoutThatOutlastsTheRetriesIsRecordedAsTransientWithItsCode() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(aResponse().withFault(Fault.EMPTY_RESPONSE)));

        List<Outcome> outcomes = push.push(items(1), PushCalls.NONE);

        assertThat(outcomes.get(0).kind()).isEqualTo(Outcome.Kind.FAILED);
        assertThat(outcomes.get(0).code()).isEqualTo("IO");
        assertThat(outcomes.get(0).stage()).isEqualTo(Stage.DOSSIER);
    }

    @Test
    void aPoisonPageLosesOnlyItsBadRecords() {
        // Page of 50: #10 malformed JSON-wise (not an object), #20 fails validation, #30 meets a single 503.
        String[] items = dossiers(50);
        items[10] = "\"not a dossier\"";
        items[20] = Dossiers.valid("HS-020", "2025-03-04T08:00:20+07:00", "\"NgayHenTra\":\"20251345000000\"");
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, items))));
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1).inScenario("one503").whenScenarioStateIs(STARTED)
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == 'HS-030')]"))
                .willReturn(serviceUnavailable()).willSetStateTo("recovered"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(2).willReturn(portalReply(0, "Thành công")));

        RunSummary run = sync.runOnce();

        assertThat(run.sent()).isEqualTo(48);
        assertThat(run.quarantined()).isEqualTo(2);
        assertThat(run.failed()).isZero();
        List<Map<String, Object>> bad = jdbc.queryForList("select ma_ho_so, error_stage, error_class, error_field, source_cursor"
                + " from transfer where state = 'QUARANTINED' order by ma_ho_so");
        assertThat(bad).hasSize(2);
        assertThat(bad).allSatisfy(row -> {
            assertThat(row.get("error_stage")).isEqualTo("CHECK");
            assertThat(row.get("error_class")).isEqualTo("INVALID");
            assertThat(row.get("source_cursor")).isEqualTo("2000-01-01T00:00:00Z");
        });
        assertThat(bad.get(0).get("ma_ho_so")).isEqualTo("?2000-01-01T00:00:00Z#10");
        assertThat(bad.get(1).get("ma_ho_so")).isEqualTo("HS-020");
        assertThat(bad.get(1).get("error_field")).isEqualTo("NgayHenTra");
        assertThat(jdbc.queryForObject("select state from transfer where ma_ho_so = 'HS-030'", String.class)).isEqualTo("SENT");
        assertThat(jdbc.queryForObject("select attempts from transfer where ma_ho_so = 'HS-030'", Integer.class)).isEqualTo(1);
    }

    private List<PushItem> items(int n) {
        List<PushItem> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(new PushItem("HS-" + i, "h" + i, JsonText.of(json.createObjectNode().put("MaHoSo", "HS-" + i).toString()), List.of(), false, true, 0, null));
        }
        return list;
    }
}
