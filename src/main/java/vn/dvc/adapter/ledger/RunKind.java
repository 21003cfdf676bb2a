package vn.dvc.adapter.ledger;

/** What a run ({@code sync_run.kind}) was for; stored by {@link #name()}. */
public enum RunKind {
    /** A sync: the source read from the checkpoint on, its new content pushed. */
    SYNC,
    /** An administrator's replay of rows already in the ledger. */
    REPLAY,
    /** The reconciliation's repair: dossiers the portal lacks or holds stale, sent again. */
    RECONCILE,
    /**
     * A catalogue refresh that released held dossiers: the kind of their events only, never of a
     * {@code sync_run} (a refresh is not a run; its events carry no run id).
     */
    CATALOGUE
}
