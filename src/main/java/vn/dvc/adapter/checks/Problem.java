package vn.dvc.adapter.checks;

/** What is wrong with a field of a source record, worded for the people who fix it at the source. */
public enum Problem {
    NOT_A_RECORD("bản ghi không phải đối tượng JSON", "the record is not a JSON object"),
    UNREADABLE("không đọc được %2$s: %4$s", "%2$s cannot be read: %4$s"),
    MISSING("thiếu trường %2$s", "%2$s is missing"),
    MALFORMED("trường %2$s có giá trị '%3$s' sai định dạng, cần %4$s", "%2$s '%3$s' is malformed, expected %4$s"),
    UNKNOWN_CODE("trường %2$s có mã %3$s không hợp lệ, cho phép %4$s", "%2$s %3$s is not a known code, allowed %4$s"),
    INVALID_DATE("trường %2$s '%3$s' không phải ngày giờ hợp lệ (yyyyMMddHHmmss)", "%2$s %3$s is not a date (yyyyMMddHHmmss)"),
    DATE_ORDER("trường %2$s %3$s sớm hơn %4$s", "%2$s %3$s is before %4$s"),
    TOO_LONG("trường %2$s dài %3$s ký tự, vượt giới hạn %4$s", "%2$s has %3$s characters, over the limit of %4$s"),
    CONTROL_CHARACTER("trường %2$s chứa ký tự điều khiển", "%2$s contains a control character"),
    INVALID_UNICODE("trường %2$s chứa ký tự Unicode hỏng (một nửa cặp UTF-16, như \\uD83D không có nửa sau)",
            "%2$s contains a broken Unicode character (half of a UTF-16 pair, such as \\uD83D without its second half)");

    private final String vi;
    private final String en;

    Problem(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    /** "Hồ sơ X: …" in Vietnamese (the default) or "dossier X: …" in English. */
    String render(boolean english, String maHoSo, String field, String value, String detail) {
        String prefix = english ? "dossier " + maHoSo + ": " : "Hồ sơ " + maHoSo + ": ";
        return prefix + String.format(english ? en : vi, maHoSo, field, value, detail);
    }
}
