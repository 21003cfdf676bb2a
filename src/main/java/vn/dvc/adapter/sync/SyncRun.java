package vn.dvc.adapter.sync;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.Lease;
import vn.dvc.adapter.ledger.RunKind;

/**
 * One run in progress, in the exchange property {@link vn.dvc.adapter.system.ExchangeKeys#RUN}. Its
 * state is in parts, each with one writer: the counts ({@link RunCounters}: what a page came to,
 * written by {@link PageRecorder}, the outcomes by {@link PushStep}), where it reads ({@link ReadPosition},
 * {@link RunControl}), the breaker ({@link Breaker}, {@link PushStep}), what it resends
 * ({@link Resender.Position}, {@link Resender}) and the pages in flight ({@link PagesInFlight}, its own
 * lock). The rest is fixed when it opens.
 */
public final class SyncRun {

    final long id;
    final RunKind kind;
    final long startNanos = System.nanoTime();
    /** The ledger lease this run holds. */
    final Lease.Held lease;
    final RunCounters counters = new RunCounters();
    final ReadPosition position;
    final Breaker breaker = new Breaker();
    /** A page had a change dated ahead of the clock, told once a run ({@link PageRecorder}). */
    final java.util.concurrent.atomic.AtomicBoolean aheadOfClock = new java.util.concurrent.atomic.AtomicBoolean();
    final Resender.Position resend = new Resender.Position();
    /** Pages read and checked, not yet past the checkpoint. */
    final PagesInFlight inFlight;

    /**
     * The first ledger write of this run that failed (or null): the run makes no further portal call,
     * so the calls in flight are the only ones in doubt, and it ends as FAILED. Every thread that
     * reads or writes the ledger for the run may note one ({@link #onLedger}): the first is kept.
     */
    private final AtomicReference<RuntimeException> ledgerFailure = new AtomicReference<>();

    SyncRun(long id, RunKind kind, Lease.Held lease, Checkpoint checkpoint, int pagesInFlight) {
        this.id = id;
        this.kind = kind;
        this.lease = lease;
        this.position = new ReadPosition(checkpoint);
        this.inFlight = new PagesInFlight(pagesInFlight);
    }

    public long id() {
        return id;
    }

    /** It stops pushing: the breaker, a shutdown, or a ledger write that failed. */
    public boolean stopped() {
        return stopReason() != null || ledgerFailure.get() != null;
    }

    /**
     * Why it stopped pushing, the breaker or a shutdown (or null): what it did not send is not
     * recorded, the checkpoint stays behind it, and the next run reads it again.
     */
    String stopReason() {
        String breakerOpen = breaker.reason();
        return breakerOpen != null ? breakerOpen : position.stopAsked();
    }

    /**
     * A replay's batch read from the ledger: its rows count as read and those still held as held, so the run's
     * record says what the replay's answer says (it said 0 read, 0 held for a replay that left 49 held).
     */
    public void replayed(int rows, int stillHeld) {
        counters.replayed(rows, stillHeld);
    }

    /** A ledger write of this run failed: the first one stops its portal calls. */
    void ledgerFailed(RuntimeException e) {
        ledgerFailure.compareAndSet(null, e);
    }

    /** A ledger read or write of this run: its failure, thrown on, is the run's ledger failure if it is the first. */
    <T> T onLedger(Supplier<T> work) {
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
}
