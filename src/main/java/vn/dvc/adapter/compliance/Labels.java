package vn.dvc.adapter.compliance;

import java.util.Map;

/** Every text of the report, in Vietnamese (the default) and English, in one place. NFC. */
enum Labels {

    TITLE("Báo cáo chỉ số dịch vụ công trực tuyến và liên thông Cổng Dịch vụ công Quốc gia",
            "Online public service and DVCQG integration indicators"),
    PERIOD("Kỳ báo cáo (theo ngày tiếp nhận)", "Period (by date received)"),
    PERIOD_TO("đến", "to"),
    GENERATED("Lập lúc", "Generated at"),
    PROVINCE("Toàn tỉnh", "Province"),
    PROVINCE_SUMMARY("Tổng hợp toàn tỉnh", "Province summary"),
    INDICATOR("Chỉ số", "Indicator"),
    VALUE("Kết quả", "Value"),
    TARGET("Chỉ tiêu", "Target"),
    RESULT("Đánh giá", "Assessment"),
    MET("Đạt", "Met"),
    NOT_MET("Chưa đạt", "Not met"),
    NO_TARGET("—", "—"),
    NO_DATA("không có số liệu", "no data"),
    CODE("Mã đơn vị", "Agency code"),
    AGENCY("Đơn vị", "Agency"),
    TIER("Khối", "Tier"),
    RANK("Xếp hạng", "Rank"),
    RECEIVED("Hồ sơ tiếp nhận", "Dossiers received"),
    ONLINE("Hồ sơ trực tuyến mức 3, 4", "Online dossiers, level 3/4"),
    MEETS_TARGET("Đạt chỉ tiêu", "Meets target"),
    YES("Có", "Yes"),
    NO("Không", "No"),
    ONLINE_SHARE("Tỷ lệ hồ sơ trực tuyến", "Online share"),
    INTEGRATION_COVERAGE("TTHC mức 3, 4 đã tích hợp DVCQG", "Level 3/4 procedures integrated on DVCQG"),
    EAUTH_RATE("Hồ sơ trực tuyến được xác thực điện tử", "Online dossiers e-authenticated"),
    ONLINE_ELIGIBLE_SHARE("TTHC đủ điều kiện trực tuyến mức 3, 4", "Procedures eligible for online level 3/4"),
    SYNC_RATIO("Hồ sơ đã đồng bộ lên DVCQG", "Dossiers accepted by DVCQG"),
    ON_TIME_RATE("Hồ sơ giải quyết đúng hạn", "Dossiers finished on time"),
    TIER_DEPARTMENT("Sở, ban, ngành", "Departments"),
    TIER_DISTRICT("UBND cấp huyện", "District people's committees"),
    TIER_COMMUNE("UBND cấp xã", "Commune people's committees"),
    AGENCIES_MEETING("Đơn vị đạt chỉ tiêu tỷ lệ trực tuyến", "Agencies meeting their online-share target"),
    OF("trên", "of"),
    QUARANTINED_NOT_COUNTED("Hồ sơ cách ly do dữ liệu lỗi, không được tính", "Quarantined for broken data, not counted"),
    HELD("Hồ sơ tạm giữ tiếp nhận trong kỳ (TTHC chưa có trên DVCQG)",
            "Held dossiers received in the period (procedure unknown to DVCQG)"),
    UNCONFIGURED("Đơn vị chưa được cấu hình (đã tính vào số liệu toàn tỉnh)",
            "Agencies not configured (counted in the province totals)"),
    UNKNOWN_AGENCY("(không rõ đơn vị)", "(agency unknown)"),
    CHART_ONLINE("Tỷ lệ hồ sơ trực tuyến của từng đơn vị so với chỉ tiêu",
            "Online share of each agency against its target"),
    CHART_INTEGRATION("Tỷ lệ TTHC mức 3, 4 đã tích hợp DVCQG của từng đơn vị",
            "Share of level 3/4 procedures integrated on DVCQG, per agency"),
    LEGEND_MET("đạt chỉ tiêu", "meets target"),
    LEGEND_NOT_MET("chưa đạt chỉ tiêu", "below target"),
    LEGEND_TARGET("vạch chỉ tiêu", "target"),
    NO_DOSSIERS("không có hồ sơ", "no dossiers"),
    NO_PROCEDURES("không có TTHC mức 3, 4", "no level 3/4 procedures"),
    AGENCY_TABLES("Kết quả của các đơn vị", "Agencies"),
    GAPS("Tồn tại cần khắc phục", "Gaps to close"),
    GAP_PROCEDURES("TTHC mức 3, 4 chưa tích hợp DVCQG", "Level 3/4 procedures not integrated on DVCQG"),
    GAP_EAUTH("Hồ sơ trực tuyến không qua xác thực điện tử, theo lý do",
            "Online dossiers failing e-authentication, by reason"),
    GAP_HELD("Hồ sơ tạm giữ", "Held dossiers"),
    PROCEDURE_CODE("Mã TTHC", "Procedure code"),
    PROCEDURE_NAME("Tên TTHC", "Procedure"),
    WHY("Lý do", "Reason"),
    DOSSIERS("Số hồ sơ", "Dossiers"),
    DOSSIER_CODE("Mã hồ sơ", "Dossier"),
    TOTAL("Tổng", "Total"),
    SHOWN("Hiển thị %,d trên tổng số %,d hồ sơ.", "Showing %,d of %,d dossiers."),
    NONE("Không có.", "None."),
    WHY_NOT_LISTED("không có trên DVCQG", "not listed on DVCQG"),
    WHY_NOT_INTEGRATED("chưa tích hợp", "not integrated"),
    NOTES("Cách tính", "How the figures are computed"),
    NOTE_RECEIVED("Hồ sơ tiếp nhận: ngày tiếp nhận trong kỳ, trạng thái khác 1 (mới đăng ký) và 3 (không được tiếp nhận).",
            "Received: date received within the period, status other than 1 (new) and 3 (refused)."),
    NOTE_ONLINE("Tỷ lệ trực tuyến: hồ sơ nộp trực tuyến của TTHC mức 3, 4 trên tổng số hồ sơ tiếp nhận (mọi TTHC, mọi mức độ).",
            "Online share: dossiers submitted online for level 3/4 procedures over all dossiers received (every procedure and level)."),
    NOTE_RANK("Xếp hạng trong từng khối theo tỷ lệ trực tuyến; bằng tỷ lệ thì cùng hạng. Đơn vị không có hồ sơ không được xếp hạng.",
            "Ranked within each tier by online share; equal shares share a rank. Agencies without dossiers are not ranked."),
    NOTE_HELD("Hồ sơ tạm giữ: hồ sơ tiếp nhận trong kỳ chưa gửi được vì DVCQG chưa có TTHC của hồ sơ.",
            "Held: dossiers received in the period that cannot be sent because DVCQG does not list their procedure."),
    NOTE_QUARANTINED("Hồ sơ cách ly không được tính: dữ liệu lỗi đến mức không đọc được trạng thái hoặc ngày tiếp nhận.",
            "Quarantined, not counted: records too broken to read their status or date received."),
    NOTE_PROCEDURES("Chỉ số về TTHC lấy theo danh mục hiện hành, không phụ thuộc kỳ báo cáo.",
            "Procedure indicators use the current catalogue and do not depend on the period.");

    private final String vi;
    private final String en;

    Labels(String vi, String en) {
        this.vi = vi;
        this.en = en;
    }

    String in(boolean english) {
        return english ? en : vi;
    }

    static String tier(String tier, boolean english) {
        return switch (tier) {
            case Ranking.DEPARTMENT -> TIER_DEPARTMENT.in(english);
            case Ranking.DISTRICT -> TIER_DISTRICT.in(english);
            case Ranking.COMMUNE -> TIER_COMMUNE.in(english);
            default -> tier;
        };
    }

    static String indicator(Indicator indicator, boolean english) {
        return valueOf(indicator.name()).in(english);
    }

    static String why(Gaps.Why why, boolean english) {
        return (why == Gaps.Why.NOT_LISTED ? WHY_NOT_LISTED : WHY_NOT_INTEGRATED).in(english);
    }

    /** A reason code of the e-authentication check, explained; unknown codes as they are. */
    static String eauthReason(String code, boolean english) {
        String[] texts = REASONS.get(code);
        return texts == null ? (code.isEmpty() ? UNSPECIFIED[english ? 1 : 0] : code) : texts[english ? 1 : 0];
    }

    private static final String[] UNSPECIFIED = {"không rõ lý do", "reason not recorded"};

    private static final Map<String, String[]> REASONS = Map.ofEntries(
            Map.entry("MISSING_TOKEN", new String[] {"không có token xác thực", "no ID token"}),
            Map.entry("MALFORMED", new String[] {"token sai định dạng", "malformed token"}),
            Map.entry("ALGORITHM", new String[] {"thuật toán ký không được phép", "signing algorithm not allowed"}),
            Map.entry("UNKNOWN_KEY", new String[] {"khóa ký không có trong JWKS", "signing key not in the JWKS"}),
            Map.entry("SIGNATURE", new String[] {"chữ ký không hợp lệ", "invalid signature"}),
            Map.entry("ISSUER", new String[] {"sai đơn vị phát hành (iss)", "wrong issuer (iss)"}),
            Map.entry("AUDIENCE", new String[] {"sai ứng dụng nhận (aud)", "wrong audience (aud)"}),
            Map.entry("EXPIRED", new String[] {"token hết hạn khi nộp hồ sơ", "token expired at submission"}),
            Map.entry("ISSUED_AFTER_SUBMISSION", new String[] {"token phát hành sau khi nộp hồ sơ", "token issued after submission"}),
            Map.entry("ASSURANCE", new String[] {"mức đảm bảo xác thực thấp hơn yêu cầu", "assurance level below the minimum"}),
            Map.entry("IDENTITY_MISMATCH", new String[] {"số định danh không khớp chủ hồ sơ", "identity number does not match the applicant"}),
            Map.entry("JWKS_UNAVAILABLE", new String[] {"không lấy được khóa của hệ thống xác thực", "identity provider keys unavailable"}));

    /** Every text, for the NFC test. */
    static Iterable<String> all() {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Labels l : values()) {
            out.add(l.vi);
            out.add(l.en);
        }
        REASONS.values().forEach(t -> out.addAll(java.util.List.of(t)));
        out.addAll(java.util.List.of(UNSPECIFIED));
        return out;
    }
}
