package vn.dvc.adapter.checks;

/**
 * Why a source record cannot be sent: names the dossier (or its place on the page when it has no
 * usable {@code MaHoSo}) and the field.
 */
public record Violation(String maHoSo, String field, Problem problem, String value, String detail) {

    private static final int MAX_VALUE_SHOWN = 40;

    public Violation {
        if (value != null && value.length() > MAX_VALUE_SHOWN) {
            value = value.substring(0, MAX_VALUE_SHOWN) + "…";
        }
    }

    /** The reason in Vietnamese, as stored in the ledger and shown by default. */
    public String message() {
        return problem.render(false, maHoSo, field, value, detail);
    }

    public String messageEn() {
        return problem.render(true, maHoSo, field, value, detail);
    }
}
