package vn.dvc.adapter.replay;

import java.util.List;

/**
 * What a replay did. {@code skipped} counts named dossiers with nothing to replay (already
 * accepted, quarantined at the source, set aside without {@code force}); {@code setAside} counts
 * transfers that failed again after the replay guard and now wait for a person. {@code reread}
 * counts those whose payload the ledger did not keep (marked FAILED by a reconcile), read again from
 * the source (in a dry run: to be); of them, {@code quarantined} were refused by the checks as the
 * source now holds them, and {@code changedAtSource} were not where the ledger last saw them: changed
 * at the source since, their new version goes with the next sync run.
 */
public record ReplayResult(long auditId, Long run, boolean dryRun, int matched, int sent, int failed, int rejected,
                           int held, int skipped, int setAside, List<String> ids, int reread, int quarantined,
                           int changedAtSource) {

    /** The same result under the number of its audit line. */
    public ReplayResult audited(long id) {
        return new ReplayResult(id, run, dryRun, matched, sent, failed, rejected, held, skipped, setAside, ids, reread,
                quarantined, changedAtSource);
    }
}
