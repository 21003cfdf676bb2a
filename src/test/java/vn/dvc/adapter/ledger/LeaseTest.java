package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedH2;

/**
 * One writer of the ledger at a time: a second run cannot take the lease while it is held and
 * renewed, and can once its holder let it run out, released it, or died on this host.
 */
class LeaseTest {

    private static final Duration TTL = Duration.ofMinutes(5);

    private JdbcTemplate jdbc;
    private Lease lease;

    @BeforeEach
    void ledger() {
        jdbc = MigratedH2.jdbc("lease");
        lease = new Lease(jdbc);
    }

    @Test
    void aSecondRunCannotTakeItWhileItIsHeld() {
        Lease.Held first = lease.acquire(TTL, Duration.ZERO);
        assertThat(first).isNotNull();
        assertThat(lease.holder()).isEqualTo(first.owner());

        long start = System.nanoTime();
        Lease.Held second = lease.acquire(TTL, Duration.ofMillis(500));

        assertThat(second).as("taken while held").isNull();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited for it").isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(lease.holder()).isEqualTo(first.owner());
    }

    @Test
    void aStaleLeaseIsTakenByTheNextRun() {
        Lease.Held first = lease.acquire(TTL, Duration.ZERO);
        // the holder stopped renewing (hung, or on another host): its lease ran out a minute ago
        jdbc.update("update run_lock set locked_until = ? where name = 'ledger'", Transfers.ts(Instant.now().minusSeconds(60)));
        assertThat(lease.holder()).isNull();

        Lease.Held second = lease.acquire(TTL, Duration.ZERO);

        assertThat(second).isNotNull();
        assertThat(second.owner()).isNotEqualTo(first.owner());
        assertThat(lease.holder()).isEqualTo(second.owner());
    }

    @Test
    void renewingKeepsItAndReleasingFreesIt() {
        Lease.Held first = lease.acquire(Duration.ofSeconds(1), Duration.ZERO);
        lease.renew(first, TTL);
        assertThat(lease.acquire(TTL, Duration.ZERO)).as("taken after a renewal").isNull();

        lease.release(first);

        assertThat(lease.holder()).isNull();
        assertThat(lease.acquire(TTL, Duration.ZERO)).isNotNull();
    }

    @Test
    void aHolderWhoseProcessIsGoneOnThisHostFreesItAtOnce() throws Exception {
        String host = Runs.OWNER.substring(Runs.OWNER.indexOf('@'));
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        long gone = exited.pid();   // a process of this host that has ended
        jdbc.update("update run_lock set owner = ?, locked_until = ? where name = 'ledger'",
                gone + host + "/dead", Transfers.ts(Instant.now().plus(TTL)));
        assertThat(lease.holder()).isEqualTo(gone + host + "/dead");

        assertThat(lease.acquire(TTL, Duration.ZERO)).as("taken from a dead holder before its lease ran out").isNotNull();
    }

    @Test
    void aLeaseOfThisProcessWhoseReleaseTheLedgerMissedIsFreeForItsNextRun() {
        Lease.Held lost = lease.acquire(TTL, Duration.ZERO);
        assertThat(lease.acquire(TTL, Duration.ZERO)).as("held by a run of this process that is still working").isNull();

        lease.forget(lost);   // the run ended while the ledger's database was away: its release never reached it

        Lease.Held next = lease.acquire(TTL, Duration.ZERO);
        assertThat(next).as("this process's next run, without waiting for the lease to run out").isNotNull();
        assertThat(lease.holder()).isEqualTo(next.owner());
    }
}
