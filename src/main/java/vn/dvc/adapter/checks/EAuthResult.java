package vn.dvc.adapter.checks;

/**
 * The adapter's own verdict on an online applicant's e-authentication (domain.md §5).
 *
 * @param status PASSED, FAILED, or NOT_APPLICABLE for in-person and postal dossiers
 * @param reason why it failed: one of {@link EAuthVerifier}'s reason codes, null otherwise
 */
public record EAuthResult(EAuthStatus status, String reason, String detail) {

    public static final EAuthResult NOT_APPLICABLE = new EAuthResult(EAuthStatus.NOT_APPLICABLE, null, null);
    public static final EAuthResult PASSED = new EAuthResult(EAuthStatus.PASSED, null, null);

    static EAuthResult failed(String reason, String detail) {
        return new EAuthResult(EAuthStatus.FAILED, reason, detail);
    }

    public boolean passed() {
        return status == EAuthStatus.PASSED;
    }

    public boolean failed() {
        return status == EAuthStatus.FAILED;
    }
}
