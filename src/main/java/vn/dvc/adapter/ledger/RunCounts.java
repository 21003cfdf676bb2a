package vn.dvc.adapter.ledger;

/** The counts a run reports, as stored with it. */
public record RunCounts(int pages, int pulled, int sent, int unchanged, int quarantined, int failed, int rejected,
                        int held) {}
