package vn.dvc.adapter.sync;

/** What a run did, as {@code sync --json} prints it. */
public record RunSummary(long run, String status, int pages, int pulled, int sent, int unchanged, int quarantined,
                         int failed, int rejected, int held, long pending, long durationMs, String checkpoint,
                         String message) {

    /** Every dossier was sent or refused for its data; nothing waits for a retry. */
    public boolean complete() {
        return failed == 0 && pending == 0 && "SUCCEEDED".equals(status);
    }
}
