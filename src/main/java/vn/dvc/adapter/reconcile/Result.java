package vn.dvc.adapter.reconcile;

/** What reading one dossier back from the portal found. */
public enum Result {
    /** The portal holds exactly the content the ledger says it accepted (one canonical hash). */
    MATCH,
    /** The portal does not hold the dossier. */
    MISSING,
    /** The portal holds other content than the ledger says it accepted. */
    STALE,
    /** The read failed (after retries): nothing is known, and nothing is counted as drift. */
    UNREADABLE
}
