package vn.dvc.adapter.reconcile;

/** Hears how a reconcile goes: progress for a terminal, results for metrics. */
public interface ReconcileListener {

    /** {@code done} of {@code total} dossiers read back so far. */
    default void readBack(int done, int total, long elapsedNanos) {
    }

    default void reconciled(ReconcileResult result) {
    }
}
