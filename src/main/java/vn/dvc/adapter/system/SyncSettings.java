package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.atLeast;
import static vn.dvc.adapter.system.SettingProblems.between;
import static vn.dvc.adapter.system.SettingProblems.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.sync.*}: one sync run: batch size of {@code DongBoHoSoMC}, the schedule of {@code serve},
 * retries of transient faults, the failed batches in a row that stop a run ({@code breakerThreshold}), how
 * long a run (and a reconcile's repair) waits for another to release the ledger ({@code lockWait}), and where
 * a first run starts; {@code concurrency} batches in flight at once across {@code pagesInFlight} consecutive
 * pages (0: as many as keep the batches busy, see {@link #pagesInFlight(int)}). {@code scheduled} is set by
 * {@code serve} alone: it starts the scheduled routes (sync, catalogue, reconcile) and, on PostgreSQL, the
 * clustered scheduler.
 */
public record SyncSettings(@DefaultValue("100") int batchSize,
                           @DefaultValue("0 0/15 * * * ?") String cron,
                           @DefaultValue("4") int maxAttempts,
                           @DefaultValue("PT0.5S") Duration retryBackoff,
                           @DefaultValue("PT30S") Duration maxBackoff,
                           @DefaultValue("2000-01-01T00:00:00Z") Instant initialSince,
                           @DefaultValue("3") int breakerThreshold,
                           @DefaultValue("PT30S") Duration lockWait,
                           @DefaultValue("1") int concurrency,
                           @DefaultValue("0") int pagesInFlight,
                           @DefaultValue("false") boolean scheduled) {

    /**
     * Pages read ahead of the checkpoint: the configured number, or enough pages to give every
     * pushing thread a batch while the next page is read and checked — ⌈concurrency × batch ÷
     * page⌉ + 1, at least 2 (so even one thread pushes while the next page is read).
     */
    public int pagesInFlight(int pageSize) {
        if (pagesInFlight > 0) {
            return pagesInFlight;
        }
        int pages = (Math.max(1, concurrency) * batchSize + pageSize - 1) / Math.max(1, pageSize);
        return Math.max(2, pages + 1);
    }

    public void problems(List<String> out) {
        between(out, batchSize, 1, 1000, "adapter.sync.batch-size");
        schedule(out, cron, true, "adapter.sync.cron");
        between(out, maxAttempts, 1, 100, "adapter.sync.max-attempts");
        atLeast(out, retryBackoff, Duration.ZERO, "adapter.sync.retry-backoff");
        atLeast(out, maxBackoff, Duration.ZERO, "adapter.sync.max-backoff");
        SettingProblems.require(out, initialSince != null, "adapter.sync.initial-since", "is not set");
        between(out, breakerThreshold, 1, 1000, "adapter.sync.breaker-threshold");
        atLeast(out, lockWait, Duration.ZERO, "adapter.sync.lock-wait");
        between(out, concurrency, 1, 64, "adapter.sync.concurrency");
        SettingProblems.require(out, pagesInFlight >= 0 && pagesInFlight <= 32, "adapter.sync.pages-in-flight",
                "must be 0 (automatic) or 1..32, is " + pagesInFlight);
    }
}
