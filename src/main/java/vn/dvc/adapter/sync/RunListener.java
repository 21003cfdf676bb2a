package vn.dvc.adapter.sync;

import java.time.Instant;

/** Told after each committed page of a run: for progress displays and metrics. */
public interface RunListener {

    /**
     * @param from     CapNhatLuc of the first dossier the run read
     * @param position the CapNhatLuc it has reached
     */
    default void pageDone(long run, int pages, int pulled, int sent, Instant from, Instant position, long elapsedNanos) {
    }

    /** A run of this kind (SYNC, REPLAY, RECONCILE) ended. */
    default void runClosed(String kind, RunSummary summary) {
    }
}
