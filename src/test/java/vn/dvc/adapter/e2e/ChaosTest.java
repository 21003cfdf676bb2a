package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayResult;
import vn.dvc.adapter.replay.ReplayService;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * A portal that fails one call in five (503s, 429s with Retry-After, dropped connections) and
 * expires tokens and sessions mid-run: after the run and one replay of what failed, the portal
 * holds every dossier the ledger says it accepted, once, and nothing else.
 */
@SpringBootTest
class ChaosTest {

    static final DemoData DATA = DemoData.hoaBinh(2000);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EndToEnd.systems(registry, SIMS, DATA);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:chaos;DB_CLOSE_DELAY=-1");
        registry.add("adapter.sync.max-attempts", () -> "2");   // so that some transfers do fail and need the replay
        registry.add("adapter.sync.breaker-threshold", () -> "1000");
        registry.add("adapter.sync.batch-size", () -> "50");
    }

    @AfterAll
    static void stop() {
        SIMS.close();
    }

    @Autowired
    SyncService sync;
    @Autowired
    ReplayService replay;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.apache.camel.ProducerTemplate camel;

    @Test
    void afterTheRunAndOneReplayThePortalAndTheLedgerAgree() {
        camel.requestBody("direct:catalogue-refresh", (Object) null);   // the faults are for the dossiers
        SIMS.portal().faults().serverErrorRate(0.10).tooManyRequestsRate(0.05, 0).dropRate(0.05);
        SIMS.portal().expireSessions();

        RunSummary run = sync.runOnce();
        SIMS.portal().faults().reset();
        ReplayResult replayed = replay.replay(new ReplayRequest(null, true, null, "TRANSIENT", null, false, false), "chaos");

        assertThat(run.failed()).as("the faults did bite").isPositive();
        assertThat(replayed.failed()).isZero();
        Map<String, String> ledger = new HashMap<>();
        jdbc.query("select ma_ho_so, state from transfer", rs -> {
            ledger.put(rs.getString(1), rs.getString(2));
        });
        assertThat(ledger.values()).doesNotContain("PENDING", "FAILED");
        List<String> sent = ledger.entrySet().stream().filter(e -> e.getValue().equals("SENT")).map(Map.Entry::getKey).toList();
        assertThat(SIMS.portal().dossiers().keySet()).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(sent).allSatisfy(id -> assertThat(SIMS.portal().creates(id)).as(id).isEqualTo(1));
        assertThat(ledger).hasSize(2000);
    }
}
