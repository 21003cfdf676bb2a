package vn.dvc.adapter.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.portal.Outcome;

/**
 * {@code push-batch}'s steps: a batch to the portal with each outcome committed and counted, nothing
 * sent for a run that stopped, and the breaker, which opens on the third batch in a row that fails on
 * transient faults only ({@code adapter.sync.breaker-threshold}) and not while a batch in between succeeds.
 */
class PushStepTest extends OpenRunSystems {

    private static final String DONG_BO = "DongBoHoSoMC";

    @Autowired
    PushStep push;
    @Autowired
    PageRecorder recorder;

    /** {@code n} valid dossiers read in this run, in batches of four (the tests' batch size). */
    private List<Batch> read(int n) {
        String[] records = IntStream.range(0, n)
                .mapToObj(i -> Dossiers.valid("HS-" + i, "2025-03-04T08:%02d:00+07:00".formatted(i), null)).toArray(String[]::new);
        return recorder.record(page("p", null, records), run).batches();
    }

    private List<Outcome> pushed(Batch batch) {
        PushStep.Pushed pushed = push.send(batch, run);
        push.record(pushed, run);
        return pushed.outcomes();
    }

    private void portalAnswers(int status) {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(status == 200 ? portalReply(0, "Thành công")
                : aResponse().withStatus(status)));
    }

    @Test
    void aBatchGoesToThePortalAndEachOutcomeIsCommittedAndCounted() {
        portalAnswers(200);
        List<Batch> batches = read(5);
        assertThat(batches).extracting(b -> b.items().size()).containsExactly(4, 1);

        assertThat(batches.stream().flatMap(b -> pushed(b).stream()).map(Outcome::kind)).hasSize(5).containsOnly(Outcome.Kind.ACCEPTED);
        assertThat(jdbc.queryForList("select state from transfer", String.class)).hasSize(5).containsOnly("SENT");
        assertThat(run.counters.sent()).isEqualTo(5);
        assertThat(run.counters.failed()).isZero();
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(DONG_BO))));
        assertThat(run.stopped()).isFalse();
    }

    @Test
    void aRunThatStoppedSendsNothingAndRecordsNothing() {
        portalAnswers(200);
        List<Batch> batches = read(3);
        run.position.stop("đang dừng theo yêu cầu (SIGTERM)");

        assertThat(pushed(batches.get(0))).isEmpty();
        PORTAL.verify(0, postRequestedFor(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.service", equalTo(DONG_BO))));
        assertThat(jdbc.queryForObject("select count(*) from transfer", Integer.class)).isZero();
        assertThat(run.counters.sent()).isZero();
    }

    @Test
    void theBreakerOpensOnTheThirdBatchInARowThatFailsOnTransientFaultsOnly() {
        List<Batch> batches = read(24);   // six batches
        portalAnswers(503);
        pushed(batches.get(0));
        pushed(batches.get(1));
        portalAnswers(200);
        assertThat(pushed(batches.get(2))).extracting(Outcome::kind).containsOnly(Outcome.Kind.ACCEPTED);
        portalAnswers(503);
        pushed(batches.get(3));
        pushed(batches.get(4));
        assertThat(run.stopped()).as("two in a row since the batch that went through").isFalse();

        assertThat(pushed(batches.get(5))).extracting(Outcome::kind).hasSize(4).containsOnly(Outcome.Kind.FAILED);
        assertThat(run.stopped()).as("the third in a row").isTrue();
        assertThat(run.stopReason()).startsWith("ngắt mạch: 3 lô liên tiếp");
        assertThat(run.counters.failed()).isEqualTo(20);
        assertThat(run.counters.sent()).isEqualTo(4);
        assertThat(jdbc.queryForList("select state from transfer", String.class)).hasSize(24).containsOnly("FAILED", "SENT");
    }
}
