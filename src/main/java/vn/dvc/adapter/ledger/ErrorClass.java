package vn.dvc.adapter.ledger;

/** Why a transfer did not go through, in four kinds ({@code error_class}); stored by {@link #name()}. */
public enum ErrorClass {
    /** The portal or the network failed for a while: retried, by the next run or a replay. */
    TRANSIENT,
    /** The portal refused the data. */
    PERMANENT,
    /** Our checks refused the record. */
    INVALID,
    /** Valid, but waits: its procedure is unknown to DVCQG, or its e-authentication failed and the policy holds such. */
    HELD
}
