package vn.dvc.adapter.ledger;

/** Where a dossier's transfer stands; see docs/architecture.md for how each state is left. */
public enum State {
    /**
     * Waiting to be sent by the next run, with its payload: a HELD dossier a catalogue refresh
     * released. A run writes each dossier it reads once, with its outcome, never as PENDING first.
     */
    PENDING,
    /** The portal accepted this content. */
    SENT,
    /** A transient fault outlasted the run's retries; the next run or a replay sends it again. */
    FAILED,
    /** The portal refused the data. */
    REJECTED,
    /** Our checks refused it; never sent until a corrected version arrives. */
    QUARANTINED,
    /** Its procedure is unknown to DVCQG. */
    HELD
}
