package vn.dvc.adapter.sync;

import java.time.Instant;

import vn.dvc.adapter.ledger.RunKind;

/** Told what a run commits, as it commits it: for progress displays and metrics. */
public interface RunListener {

    /**
     * {@code n} dossiers of {@code agency} (a MaDonVi as the source gave it, or null) came to
     * {@code outcome} in a run of this kind: {@code pulled} when read, then {@code quarantined},
     * {@code held}, {@code sent}, {@code failed} or {@code rejected} once committed.
     */
    default void dossiers(RunKind kind, String outcome, String agency, long n) {
    }

    /**
     * @param from     CapNhatLuc of the first dossier the run read
     * @param position the CapNhatLuc it has reached
     */
    default void pageDone(long run, int pages, int pulled, int sent, Instant from, Instant position, long elapsedNanos) {
    }

    /** A run of this kind ended. */
    default void runClosed(RunKind kind, RunSummary summary) {
    }
}
