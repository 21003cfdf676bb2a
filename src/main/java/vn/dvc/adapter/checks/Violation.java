package vn.dvc.adapter.checks;

/**
 * Why a source record cannot be sent: names the dossier (or its place on the page when it has no
 * usable {@code MaHoSo}) and the field; {@code detail} (what was expected, in Vietnamese) and
 * {@code detailEn} (in English) complete the wording, both with the offending value.
 */
public record Violation(String maHoSo, String field, Problem problem, String value, String detail, String detailEn) {

    /** A detail that reads the same in both languages (a number, a range, a date). */
    public Violation(String maHoSo, String field, Problem problem, String value, String detail) {
        this(maHoSo, field, problem, value, detail, detail);
    }

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
        return problem.render(true, maHoSo, field, value, detailEn);
    }
}
