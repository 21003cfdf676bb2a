package vn.dvc.adapter.ledger;

/** How a run ({@code sync_run.status}) stands or ended; stored by {@link #name()}. */
public enum RunStatus {
    /** Under way (or killed: then the next run closes it as {@link #ABORTED}). */
    RUNNING,
    /** Every dossier it read was sent or refused for its data. */
    SUCCEEDED,
    /** It ended with some dossiers FAILED on transient faults, to be sent again. */
    PARTIAL,
    /** It stopped pushing before the end: the breaker opened, or the process was stopped (SIGTERM). */
    INTERRUPTED,
    /** It could not go on: the cause is its message. */
    FAILED,
    /** Its process died while it ran; closed by a later run. */
    ABORTED
}
