package vn.dvc.adapter.admin.ops;

import java.time.Duration;
import java.time.Instant;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.ledger.Run;

/**
 * {@code sync}: the last run and the last successful one, from {@code sync_run}, and how far the
 * checkpoint lags behind now. DOWN only when {@code adapter.admin.health.max-since-success} is set
 * and the last success is older (or there never was one); UNKNOWN while the ledger cannot be read.
 */
@Component("syncHealthIndicator")
@ConditionalOnWebApplication
class SyncHealthIndicator implements HealthIndicator {

    private final LedgerQueries ledger;
    private final LedgerHealthIndicator database;
    private final Duration maxSinceSuccess;

    SyncHealthIndicator(LedgerQueries ledger, LedgerHealthIndicator database, AdminProperties admin) {
        this.ledger = ledger;
        this.database = database;
        this.maxSinceSuccess = admin.health().maxSinceSuccess();
    }

    @Override
    public Health health() {
        if (database.away()) {
            return ledgerUnreadable();
        }
        try {
            return read();
        } catch (DataAccessException | TransactionException e) {
            return ledgerUnreadable();
        }
    }

    /**
     * For an indicator that reads the ledger while its database is away: UNKNOWN, not an error that
     * fails the whole health answer; the {@code db} component ({@link LedgerHealthIndicator}) says DOWN.
     */
    static Health ledgerUnreadable() {
        return Health.unknown().withDetail("error", "the ledger cannot be read now: see the db component").build();
    }

    private Health read() {
        Instant lastSuccess = ledger.lastSuccess();
        Instant checkpoint = ledger.checkpoint();
        boolean stale = maxSinceSuccess != null
                && (lastSuccess == null || lastSuccess.plus(maxSinceSuccess).isBefore(Instant.now()));
        Health.Builder b = stale ? Health.down() : Health.up();
        b.withDetail("lastSuccess", lastSuccess == null ? "never" : lastSuccess.toString());
        ledger.lastRuns(1).stream().findFirst().ifPresent((Run r) -> b.withDetail("lastRun", r.id())
                .withDetail("lastRunStatus", r.status())
                .withDetail("lastRunStarted", r.startedAt().toString()));
        if (checkpoint != null) {
            b.withDetail("checkpoint", checkpoint.toString());
        }
        Instant readUpTo = ledger.readUpTo(checkpoint);
        if (readUpTo != null) {
            b.withDetail("lagSeconds", Math.max(0, Duration.between(readUpTo, Instant.now()).toSeconds()));
        }
        if (stale) {
            b.withDetail("error", "no successful run for more than adapter.admin.health.max-since-success=" + maxSinceSuccess);
        }
        return b.build();
    }
}
