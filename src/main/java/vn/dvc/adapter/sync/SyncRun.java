package vn.dvc.adapter.sync;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.RunCounts;
import vn.dvc.adapter.ledger.RunKind;

/** One run in progress: where it reads next and what it has counted. Lives in the exchange property {@code run}. */
public final class SyncRun {

    final long id;
    final RunKind kind;
    final long startNanos = System.nanoTime();
    final AtomicInteger pages = new AtomicInteger();
    final AtomicInteger pulled = new AtomicInteger();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger quarantined = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger rejected = new AtomicInteger();
    final AtomicInteger held = new AtomicInteger();
    /** Progress entries held back, and shortened, among the dossiers this run sent. */
    final AtomicInteger progressHeld = new AtomicInteger();
    final AtomicInteger progressShortened = new AtomicInteger();
    /** Source fields the contract does not know (schema drift): how many records carried each. */
    final java.util.concurrent.ConcurrentSkipListMap<String, AtomicInteger> drift = new java.util.concurrent.ConcurrentSkipListMap<>();
    volatile Checkpoint checkpoint;
    volatile String cursor;
    volatile boolean morePages = true;
    /** Resending what earlier runs left unfinished: the last key read, and whether all are read. */
    volatile String resendAfter;
    /** The ledger lease this run holds. */
    volatile vn.dvc.adapter.ledger.Lease.Held lease;
    volatile boolean resendDone;

    /**
     * The run stopped pushing: the breaker opened after consecutive transient failures, or the
     * process is shutting down. What it did not send is not recorded: the checkpoint stays behind
     * it, and the next run reads it again.
     */
    volatile String stopReason;
    /** Batches in a row that failed on transient faults only. */
    final AtomicInteger consecutiveFailures = new AtomicInteger();

    /**
     * The first ledger write of this run that failed (or null): the run makes no further portal call,
     * so the calls in flight are the only ones in doubt, and it ends as FAILED. One writer: {@link #ledgerFailed}.
     */
    private final java.util.concurrent.atomic.AtomicReference<RuntimeException> ledgerFailure =
            new java.util.concurrent.atomic.AtomicReference<>();

    /** Pages read and checked, not yet past the checkpoint. */
    final PagesInFlight inFlight;

    SyncRun(long id, RunKind kind, Checkpoint checkpoint, int pagesInFlight) {
        this.id = id;
        this.kind = kind;
        this.checkpoint = checkpoint;
        this.inFlight = new PagesInFlight(pagesInFlight);
    }

    /** CapNhatLuc of the first dossier this run read: where its progress is measured from. */
    volatile Instant firstSeen;

    public long id() {
        return id;
    }

    /** It stops pushing: the breaker, a shutdown, or a ledger write that failed. */
    public boolean stopped() {
        return stopReason != null || ledgerFailure.get() != null;
    }

    /** A ledger write of this run failed: the first one stops its portal calls. */
    void ledgerFailed(RuntimeException e) {
        ledgerFailure.compareAndSet(null, e);
    }

    /** A ledger read or write of this run: its failure, thrown on, is the run's ledger failure if it is the first. */
    <T> T onLedger(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            ledgerFailed(e);
            throw e;
        }
    }

    RuntimeException ledgerFailure() {
        return ledgerFailure.get();
    }

    Instant since() {
        return checkpoint.updatedSince();
    }

    void drift(java.util.List<String> unknownFields) {
        for (String field : unknownFields) {
            drift.computeIfAbsent(field, f -> new AtomicInteger()).incrementAndGet();
        }
    }

    void progressIssues(java.util.List<vn.dvc.adapter.checks.ProgressIssue> issues) {
        for (var issue : issues) {
            (issue.action() == vn.dvc.adapter.checks.ProgressIssue.Action.HELD ? progressHeld : progressShortened)
                    .incrementAndGet();
        }
    }

    /** The schema drift seen so far, field → records, in field order. */
    java.util.Map<String, Integer> driftCounts() {
        java.util.Map<String, Integer> out = new java.util.LinkedHashMap<>();
        drift.forEach((field, n) -> out.put(field, n.get()));
        return out;
    }

    RunCounts counts() {
        return new RunCounts(pages.get(), pulled.get(), sent.get(), unchanged.get(), quarantined.get(), failed.get(),
                rejected.get(), held.get());
    }
}
