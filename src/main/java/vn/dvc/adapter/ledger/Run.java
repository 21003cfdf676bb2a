package vn.dvc.adapter.ledger;

import java.time.Instant;

/**
 * A sync run as recorded.
 *
 * @param drift source fields outside the contract the run saw, "Field=records, …" ({@code SchemaDrift}), or null
 */
public record Run(long id, RunKind kind, RunStatus status, Instant startedAt, Instant finishedAt, int pages, int pulled,
                  int sent, int unchanged, int quarantined, int failed, int rejected, int held, String message,
                  String drift) {

    /** The same run with another note (a viewer's, masked). */
    public Run noted(String note) {
        return new Run(id, kind, status, startedAt, finishedAt, pages, pulled, sent, unchanged, quarantined, failed,
                rejected, held, note, drift);
    }
}
