package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * One writer of the ledger at a time, across processes and hosts: a lease row taken with a
 * conditional UPDATE and renewed while the holder works. A holder that died frees it when the
 * lease runs out, or at once when it was a process of this host that no longer exists, or a run
 * of this process that ended while the ledger could not hear of it.
 */
@Repository
public class Lease {

    private final JdbcTemplate jdbc;
    /**
     * The leases this process's runs hold now (the process's, whatever bean took them). One of this
     * process in the ledger that is not here was left by a run whose release the ledger could not
     * take (its database went away): it is free.
     */
    private static final java.util.Set<String> mine = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public Lease(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A held lease; {@code owner} is pid@host/uuid. */
    public record Held(String owner) {}

    /** Waits up to {@code wait} for the lease; null when another holder kept it all that time. */
    public Held acquire(Duration ttl, Duration wait) {
        String owner = Runs.OWNER + "/" + UUID.randomUUID();
        Instant giveUp = Instant.now().plus(wait);
        while (true) {
            freeIfHolderDied();
            // counted as this process's before the row says so: another thread of this process that reads the row
            // in between must not take the lease for one whose holder is gone
            mine.add(owner);
            int taken;
            try {
                taken = jdbc.update("update run_lock set owner = ?, locked_until = ? where name = 'ledger'"
                        + " and (owner is null or locked_until < ?)", owner, Transfers.now().plus(ttl), Transfers.now());
            } catch (RuntimeException e) {
                mine.remove(owner);   // a reply lost after the commit: the row is this process's, free for its next run
                throw e;
            }
            if (taken == 1) {
                return new Held(owner);
            }
            mine.remove(owner);
            if (Instant.now().isAfter(giveUp)) {
                return null;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
    }

    public void renew(Held held, Duration ttl) {
        jdbc.update("update run_lock set locked_until = ? where name = 'ledger' and owner = ?",
                Transfers.now().plus(ttl), held.owner());
    }

    public void release(Held held) {
        forget(held);
        jdbc.update("update run_lock set owner = null where name = 'ledger' and owner = ?", held.owner());
    }

    /** The lease is no longer this process's to hold, whether or not the ledger heard of it. */
    public void forget(Held held) {
        mine.remove(held.owner());
    }

    /** Who holds the lease now, or null. */
    public String holder() {
        return holder(jdbc);
    }

    static String holder(JdbcTemplate jdbc) {
        List<String> owners = jdbc.query("select owner from run_lock where name = 'ledger' and locked_until >= ?",
                (rs, i) -> rs.getString(1), Transfers.now());
        return owners.isEmpty() ? null : owners.get(0);
    }

    /** The process (pid@host, as {@link Runs#OWNER}) that holds the lease now, or null. */
    static String holderProcess(JdbcTemplate jdbc) {
        return process(holder(jdbc));
    }

    /** The process of a holder (pid@host/uuid), or null. */
    private static String process(String owner) {
        return owner == null ? null : owner.split("/")[0];
    }

    private void freeIfHolderDied() {
        String owner = holder();
        String process = process(owner);
        if (owner != null && (Runs.deadOnThisHost(process) || Runs.OWNER.equals(process) && !mine.contains(owner))) {
            jdbc.update("update run_lock set owner = null where name = 'ledger' and owner = ?", owner);
        }
    }
}
