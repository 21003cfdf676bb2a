package vn.dvc.adapter.sync;

import vn.dvc.adapter.ledger.RunStatus;

/**
 * What a run did, as {@code sync --json} prints it.
 *
 * @param progressHeld      progress entries held back for a defect (their dossiers were sent)
 * @param progressShortened progress entries sent with a label cut to the portal's limit
 * @param drift             source fields the contract does not know, and how many records carried each
 */
public record RunSummary(long run, RunStatus status, int pages, int pulled, int sent, int unchanged, int quarantined,
                         int failed, int rejected, int held, long pending, long durationMs, String checkpoint,
                         String message, int progressHeld, int progressShortened, java.util.Map<String, Integer> drift) {

    /** Every dossier was sent or refused for its data; nothing waits for a retry. */
    public boolean complete() {
        return failed == 0 && pending == 0 && status == RunStatus.SUCCEEDED;
    }
}
