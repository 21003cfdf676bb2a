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
    private final Runs runs = new Runs(jdbc, new MissedWrites());

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

    /**
     * After a kill -9 and before the next run closes the dead run, what reads the ledger ({@code status},
     * the console, the metrics) shows it aborted and its entries in doubt, and writes nothing; a run whose
     * process lives (here or, by its heartbeat, on another host) stays running with its entries in flight.
     */
    @Test
    void aKilledRunReadsAbortedAndItsEntriesInDoubtBeforeTheNextRunClosesIt() throws Exception {
        new KilledRun(jdbc).play();
    }

    /** The same reads on PostgreSQL, the production ledger (its SQL: the list of gone runs, the lease). */
    @Test
    void theSameOnPostgreSql() throws Exception {
        try (vn.dvc.adapter.MigratedPostgres postgres = vn.dvc.adapter.MigratedPostgres.start()) {
            new KilledRun(postgres.jdbc()).play();
        }
    }

    /** Runs killed, alive, silent and leased, with their entries in flight, on one ledger. */
    private static final class KilledRun {
        private final JdbcTemplate jdbc;
        private final ProgressInFlight inFlight;
        private final Runs runs;

        KilledRun(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
            this.inFlight = new ProgressInFlight(jdbc);
            this.runs = new Runs(jdbc, new MissedWrites());
        }

        void play() throws Exception {
            String host = Runs.OWNER.substring(Runs.OWNER.indexOf('@'));
            Process ended = new ProcessBuilder("true").start();
            ended.waitFor();
            Process alive = new ProcessBuilder("sleep", "60").start();
            try {
                long killed = run("HS-K", ended.pid() + host, 0);
                long livesHere = run("HS-L", alive.pid() + host, 0);
                long elsewhere = run("HS-E", "4242@another-host", 9);
                long silent = run("HS-S", "4343@another-host", 11);
                long leased = run("HS-R", "4444@another-host", 30);   // a long replay there: no heartbeat, the lease renewed
                jdbc.update("update run_lock set owner = ?, locked_until = ? where name = 'ledger'", "4444@another-host/r1",
                        Transfers.now().plusMinutes(2));

                assertThat(inFlight.inDoubt()).as("the killed run's 2 entries and the silent host's 1")
                        .isEqualTo(new ProgressInFlight.InDoubt(2, 3));
                assertThat(inFlight.inDoubt("HS-K")).containsExactly("1,2");
                assertThat(inFlight.inDoubt("HS-L")).isEmpty();
                assertThat(read(killed)).isEqualTo(RunStatus.ABORTED);
                assertThat(read(silent)).isEqualTo(RunStatus.ABORTED);
                assertThat(read(livesHere)).isEqualTo(RunStatus.RUNNING);
                assertThat(read(elsewhere)).isEqualTo(RunStatus.RUNNING);
                assertThat(read(leased)).as("silent, but holding the lease").isEqualTo(RunStatus.RUNNING);
                assertThat(inFlight.inDoubt("HS-R")).isEmpty();
                assertThat(jdbc.queryForObject("select count(*) from sync_run where status = 'RUNNING'", Integer.class))
                        .as("reading wrote nothing").isEqualTo(5);

                jdbc.update("update run_lock set owner = null where name = 'ledger'");
                assertThat(read(leased)).as("silent, the lease let go").isEqualTo(RunStatus.ABORTED);
                assertThat(runs.last()).hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(RunStatus.ABORTED));
                assertThat(inFlight.inDoubt()).isEqualTo(new ProgressInFlight.InDoubt(3, 4));

                runs.closeAbandoned(Runs.STALE);   // the next run records what the reads showed
                assertThat(jdbc.queryForList("select id from sync_run where status = 'ABORTED' order by id", Long.class))
                        .containsExactly(killed, silent, leased);
                assertThat(inFlight.inDoubt()).isEqualTo(new ProgressInFlight.InDoubt(3, 4));
            } finally {
                alive.destroy();
            }
        }

        /** A run of this owner, last heard of this many minutes ago, with one dossier's entries in flight. */
        private long run(String maHoSo, String owner, int minutesAgo) {
            long id = runs.start(RunKind.SYNC);
            jdbc.update("update sync_run set owner = ?, heartbeat_at = ? where id = ?", owner,
                    Transfers.now().minusMinutes(minutesAgo), id);
            inFlight.sending(id, List.of(new ProgressInFlight.Entries(maHoSo, maHoSo.equals("HS-K") ? List.of(1, 2) : List.of(5))));
            return id;
        }

        private RunStatus read(long id) {
            return jdbc.query("select * from sync_run where id = ?", Runs.rows(jdbc), id).get(0).status();
        }
    }
}
