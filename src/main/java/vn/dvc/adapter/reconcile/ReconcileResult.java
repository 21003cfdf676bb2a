package vn.dvc.adapter.reconcile;

import java.nio.file.Path;
import java.util.List;

/**
 * What one reconcile found and did.
 *
 * @param run        the reconcile's number (reconcile_run)
 * @param repairRun  the sync run of kind RECONCILE that sent the drift again, or null
 * @param population the dossiers within the filter that the ledger says the portal holds
 * @param repaired   drifted dossiers the portal accepted again in the repair
 * @param estimate   with {@code --sample}: the drift share of all, with its 95% interval; else null
 * @param drift      the dossiers found MISSING, STALE or UNREADABLE
 * @param files      the drift list as JSON and CSV
 * @param failure    why the reconcile (its repair, most often: the source unreachable) stopped, or null
 */
public record ReconcileResult(long run, Long repairRun, String status, int population, int checked, int match,
                              int missing, int stale, int unreadable, int repaired, long durationMs, Estimate estimate,
                              List<Finding> drift, List<Path> files, String failure) {

    /** Drifted dossiers not repaired, and reads that failed: what stops a clean answer. */
    public int remaining() {
        return missing + stale - repaired + unreadable;
    }

    /** Nothing drifted is left and every read succeeded. */
    public boolean clean() {
        return remaining() == 0;
    }

    ReconcileResult withFiles(List<Path> written) {
        return new ReconcileResult(run, repairRun, status, population, checked, match, missing, stale, unreadable, repaired,
                durationMs, estimate, drift, written, failure);
    }

    /** Every dossier read back is missing: a portal that holds nothing of what the ledger says it accepted. */
    public boolean portalHoldsNone() {
        return missing >= 10 && missing == checked - unreadable;
    }
}
