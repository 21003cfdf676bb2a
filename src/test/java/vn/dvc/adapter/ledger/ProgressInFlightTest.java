package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedH2;

/**
 * Progress entries in flight: listed before the call, gone with its answer; what a run left there
 * when it died is in doubt once the run is closed, and stays listed; the end of a run the ledger could
 * not take is written by this process's next look at abandoned runs.
 */
class ProgressInFlightTest {

    private final JdbcTemplate jdbc = MigratedH2.jdbc("in-flight");
    private final ProgressInFlight inFlight = new ProgressInFlight(jdbc);
    private final Runs runs = new Runs(jdbc);

    @Test
    void entriesAnsweredLeaveAndThoseADeadRunLeftAreInDoubtOnceItIsClosed() {
        long dead = runs.start(RunKind.SYNC);
        inFlight.sending(dead, List.of(new ProgressInFlight.Entries("HS-1", List.of(3, 4)),
                new ProgressInFlight.Entries("HS-2", List.of(0))));
        inFlight.answered(dead, List.of("HS-2"));
        assertThat(inFlight.inDoubt()).as("a running run's calls are in flight, not in doubt")
                .isEqualTo(new ProgressInFlight.InDoubt(0, 0));

        runs.unrecorded(dead, RunStatus.FAILED, "sổ cái mất kết nối");   // its end never reached the ledger
        runs.closeAbandoned(Duration.ofMinutes(10));

        assertThat(jdbc.queryForObject("select status from sync_run where id = ?", String.class, dead)).isEqualTo("FAILED");
        assertThat(inFlight.inDoubt()).isEqualTo(new ProgressInFlight.InDoubt(1, 2));
        assertThat(inFlight.inDoubt("HS-1")).containsExactly("3,4");
        assertThat(inFlight.inDoubt("HS-2")).isEmpty();

        long next = runs.start(RunKind.SYNC);   // sends them again, and its own call answers
        inFlight.sending(next, List.of(new ProgressInFlight.Entries("HS-1", List.of(3, 4))));
        inFlight.answered(next, List.of("HS-1"));
        assertThat(inFlight.inDoubt()).as("still listed: they may be doubled at the portal").isEqualTo(new ProgressInFlight.InDoubt(1, 2));
    }
}
