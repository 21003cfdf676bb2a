package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.MigratedH2;
import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.Checkpoints;
import vn.dvc.adapter.ledger.Lease;
import vn.dvc.adapter.ledger.LedgerWrites;
import vn.dvc.adapter.ledger.MissedWrites;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.Runs;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.CrashPoints;

/**
 * The ledger's database goes away between a run's lease and the run itself (CI caught it once: serve sent
 * what changed during a cut 97 s after the database was back, not 2-6 s): the lease must go back with the
 * failed open, not stay taken until it runs out two minutes later while every fire of serve waits for it.
 */
class RunOpenCutTest {

    private final JdbcTemplate jdbc = MigratedH2.jdbc("open-cut");
    private final AdapterProperties properties = TestProperties.of();
    private final Lease lease = new Lease(jdbc);
    private final Runs runs = new Runs(jdbc, new MissedWrites());   // one, as the application's bean: it keeps the ends the ledger missed

    @Test
    void aRunWhoseLedgerFailsAsItOpensGivesTheLeaseBackAndItsRowIsClosedByTheNextRun() {
        Checkpoints cut = new Checkpoints(jdbc) {
            @Override
            public Checkpoint load(Instant initial) {
                throw new DataAccessResourceFailureException("Connection reset (the ledger's database cut)");
            }
        };
        assertThatThrownBy(() -> control(cut).open(RunKind.SYNC, exchange(), Duration.ZERO))
                .isInstanceOf(DataAccessResourceFailureException.class);

        assertThat(lease.holder()).as("the lease after the failed open").isNull();
        long started = System.nanoTime();
        SyncRun next = control(new Checkpoints(jdbc)).open(RunKind.SYNC, exchange(), Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the next run waited for the lease").isLessThan(Duration.ofSeconds(1));
        List<String> statuses = jdbc.queryForList("select status from sync_run where id <> ? order by id", String.class, next.id);
        assertThat(statuses).as("the run that could not open, closed before the next").containsExactly("FAILED");
    }

    @Test
    void whenTheLedgerCannotHearTheReleaseThisProcessesNextRunTakesTheLeaseAtOnce() {
        // the lease row says a run of this process holds it (its release was lost with the database)
        Lease.Held lost = lease.acquire(Duration.ofMinutes(2), Duration.ZERO);
        lease.forget(lost);

        long started = System.nanoTime();
        SyncRun next = control(new Checkpoints(jdbc)).open(RunKind.SYNC, exchange(), Duration.ofSeconds(5));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        assertThat(lease.holder()).isEqualTo(next.lease.owner());
    }

    @Test
    void aRunWhoseInsertReachedTheLedgerUnansweredIsClosedBeforeTheNextRun() {
        // the insert commits, its answer is lost with the connection: the run has no id to close it by
        JdbcTemplate cutAfterCommit = new JdbcTemplate(jdbc.getDataSource()) {
            @Override
            public int update(org.springframework.jdbc.core.PreparedStatementCreator psc,
                              org.springframework.jdbc.support.KeyHolder keys) {
                super.update(psc, keys);
                throw new DataAccessResourceFailureException("Connection reset");
            }
        };
        Runs unanswered = new Runs(cutAfterCommit, new MissedWrites());
        assertThatThrownBy(() -> unanswered.start(RunKind.SYNC)).isInstanceOf(DataAccessResourceFailureException.class);
        assertThat(jdbc.queryForList("select status from sync_run", String.class)).containsExactly("RUNNING");

        unanswered.closeAbandoned(Runs.STALE);

        assertThat(jdbc.queryForList("select status || ' ' || message from sync_run", String.class))
                .containsExactly("FAILED lượt không mở được: Connection reset / the run could not open: Connection reset");
    }

    private RunControl control(Checkpoints checkpoints) {
        var tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        LedgerWrites writes = new LedgerWrites(tx, new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:open-cut"));
        return new RunControl(runs, checkpoints, lease, new TransferReads(jdbc, TestProperties.cipher()), properties,
                new CrashPoints(properties), writes, List.of());
    }

    private static DefaultExchange exchange() {
        return new DefaultExchange(new DefaultCamelContext());
    }
}
