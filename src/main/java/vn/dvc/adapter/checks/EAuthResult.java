package vn.dvc.adapter.checks;

/**
 * The adapter's own verdict on an online applicant's e-authentication (domain.md §5).
 *
 * @param status PASSED, FAILED, or NOT_APPLICABLE for in-person and postal dossiers
 * @param reason why it failed: one of {@link EAuthVerifier}'s reason codes, null otherwise
 */
public record EAuthResult(String status, String reason, String detail) {

    public static final EAuthResult NOT_APPLICABLE = new EAuthResult("NOT_APPLICABLE", null, null);
    public static final EAuthResult PASSED = new EAuthResult("PASSED", null, null);

    static EAuthResult failed(String reason, String detail) {
        return new EAuthResult("FAILED", reason, detail);
    }

    public boolean passed() {
        return "PASSED".equals(status);
    }

    public boolean failed() {
        return "FAILED".equals(status);
    }
}
