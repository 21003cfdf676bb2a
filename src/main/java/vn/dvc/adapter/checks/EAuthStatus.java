package vn.dvc.adapter.checks;

/** The adapter's e-authentication verdict ({@code transfer.eauth_status}, domain.md §5); stored by {@link #name()}. */
public enum EAuthStatus {
    /** The online applicant's ID token verified and matched the dossier. */
    PASSED,
    /** It did not: the reason is one of {@link EAuthVerifier}'s codes. */
    FAILED,
    /** In person or by post: no e-authentication is asked for. */
    NOT_APPLICABLE
}
