package vn.dvc.adapter.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.portal.PortalClient;

/**
 * Each portal call's outcomes are committed as the call answers, before the batch's next call, and
 * the progress entries a call sends are listed as in flight until its answer is committed (issue 25),
 * or for good when an attempt's answer was lost after the portal may have applied it; the first
 * ledger write that fails stops the run's portal calls at once.
 */
class CallByCallTest extends WireMockSystems {

    private static final String DONG_BO = "DongBoHoSoMC";
    private static final String TIEN_DO = "CapNhatTienDoHoSoMC";

    @Autowired
    SyncService sync;
    @Autowired
    PortalClient portal;

    @Test
    void aDossierWithProgressIsWrittenOnceWithItsProgressCallsOutcomeWhichIsListedInFlightUntilItAnswers() {
        portal.forgetCredentials();
        page(4);
        PORTAL.stubFor(call(DONG_BO).willReturn(portalReply(0, "Thành công")));
        PORTAL.stubFor(call(TIEN_DO).willReturn(portalReply(0, "Thành công").withFixedDelay(1500)));

        CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(sync::runOnce);
        Awaitility.await("the progress call in flight").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20))
                .until(() -> jdbc.queryForObject("select count(*) from progress_in_flight", Integer.class) == 4);

        // while CapNhatTienDoHoSoMC is at the portal: its entries are listed in flight; the dossiers it follows are
        // written with its outcome (a crash now: read again behind the checkpoint, sent again as updates)
        assertThat(jdbc.queryForList("select entries from progress_in_flight", String.class)).containsOnly("0");
        assertThat(jdbc.queryForObject("select count(*) from transfer", Integer.class)).isZero();

        assertThat(run.join().status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(jdbc.queryForObject("select count(*) from progress_in_flight", Integer.class)).as("answered: none in flight").isZero();
        assertThat(jdbc.queryForList("select state || ' ' || progress_sent || ' ' || attempts || ' ' || (sent_hash = content_hash)"
                + " || ' ' || at_portal || ' ' || (payload is null) from transfer", String.class))
                .hasSize(4).containsOnly("SENT 1 1 TRUE TRUE TRUE");
    }

    @Test
    void aProgressCallThatFailsLeavesItsDossierAtThePortalAndOnlyTheProgressToSendAgain() {
        portal.forgetCredentials();
        page(4);
        PORTAL.stubFor(call(DONG_BO).willReturn(portalReply(0, "Thành công")));
        PORTAL.stubFor(call(TIEN_DO).willReturn(com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));

        RunSummary first = sync.runOnce();

        assertThat(first.failed()).isEqualTo(4);
        assertThat(jdbc.queryForList("select state || ' ' || error_stage || ' ' || progress_sent || ' ' || attempts || ' '"
                + " || (sent_hash = content_hash) || ' ' || at_portal || ' ' || (payload is not null) from transfer", String.class))
                .as("the dossier taken, its progress not: FAILED at PROGRESS, with what to send it again with")
                .hasSize(4).containsOnly("FAILED PROGRESS 0 1 TRUE TRUE TRUE");

        PORTAL.stubFor(call(TIEN_DO).willReturn(portalReply(0, "Thành công")));
        RunSummary second = sync.runOnce();

        assertThat(second.status()).isEqualTo(RunStatus.SUCCEEDED);
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(DONG_BO))));
        assertThat(jdbc.queryForList("select state || ' ' || progress_sent || ' ' || attempts || ' ' || (payload is null)"
                + " from transfer", String.class)).hasSize(4).containsOnly("SENT 1 2 TRUE");
    }

    @Test
    void aLedgerWriteThatFailsStopsTheRunsPortalCallsAtOnce() {
        portal.forgetCredentials();
        page(12);   // three batches of 4
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        // the write before the first progress call (its entries in flight) fails
        jdbc.execute("alter table progress_in_flight rename to progress_in_flight_away");
        RunSummary run;
        try {
            run = sync.runOnce();
        } finally {
            jdbc.execute("alter table progress_in_flight_away rename to progress_in_flight");
        }

        assertThat(run.status()).isEqualTo(RunStatus.FAILED);
        assertThat(run.message()).contains("Sổ cái (H2 mem:wiremock)").contains("PROGRESS_IN_FLIGHT");
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(DONG_BO))));
        PORTAL.verify(0, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(TIEN_DO))));
        assertThat(jdbc.queryForObject("select count(*) from transfer", Integer.class))
                .as("no outcome was committed: the next run reads the batch again").isZero();
        assertThat(jdbc.queryForObject("select status from sync_run where id = ?", String.class, run.run())).isEqualTo("FAILED");
    }

    @Test
    void aProgressCallRetriedAfterItsAnswerWasLostStaysListedAsInDoubt() {
        portal.forgetCredentials();
        page(4);
        PORTAL.stubFor(call(DONG_BO).willReturn(portalReply(0, "Thành công")));
        // the portal gets the entries and the answer is lost (a reset after the request), then the retry is answered
        PORTAL.stubFor(call(TIEN_DO).inScenario("lost answer").whenScenarioStateIs(com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.aResponse()
                        .withFault(com.github.tomakehurst.wiremock.http.Fault.CONNECTION_RESET_BY_PEER))
                .willSetStateTo("answered"));
        PORTAL.stubFor(call(TIEN_DO).inScenario("lost answer").whenScenarioStateIs("answered").willReturn(portalReply(0, "Thành công")));

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(TIEN_DO))));
        assertThat(jdbc.queryForList("select progress_sent from transfer", Integer.class)).hasSize(4).containsOnly(1);
        assertThat(jdbc.queryForObject("select coalesce(sum(entry_count), 0) from progress_in_flight f where not exists"
                + " (select 1 from sync_run r where r.id = f.run_id and r.status = 'RUNNING')", Integer.class))
                .as("the entries of the call whose answer was lost: the portal may hold them twice").isEqualTo(4);
    }

    /** A call of this portal service. */
    private static com.github.tomakehurst.wiremock.client.MappingBuilder call(String service) {
        return post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(service)));
    }

    private static void page(int dossiers) {
        String[] items = new String[dossiers];
        for (int i = 0; i < dossiers; i++) {
            items[i] = Dossiers.valid("HS-CALL-%02d".formatted(i), "2025-03-04T08:00:%02d+07:00".formatted(i), null);
        }
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, items))));
    }
}
