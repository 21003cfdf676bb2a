package vn.dvc.adapter.compliance;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The national indicators' texts (domain.md §8), Vietnamese and English, NFC; and their points. */
public final class NationalLabels {

    private NationalLabels() {
    }

    /** id → {name vi, name en, what holds an agency back vi, en}. */
    private static final Map<String, String[]> TEXTS = Map.ofEntries(
            Map.entry("1.4", new String[] {"Hồ sơ đồng bộ lên DVCQG", "Dossiers synced to DVCQG",
                "hồ sơ chưa đồng bộ lên DVCQG", "dossiers not synced to DVCQG"}),
            Map.entry("2.1", new String[] {"Hồ sơ giải quyết đúng hạn (cả hồ sơ đang xử lý)",
                "Dossiers on time (finished or in progress)", "hồ sơ trễ hạn", "late dossiers"}),
            Map.entry("3.1", new String[] {"TTHC cung cấp dịch vụ công trực tuyến", "Procedures offered online",
                "ít TTHC trực tuyến", "few procedures online"}),
            Map.entry("3.3", new String[] {"Tỷ lệ hồ sơ trực tuyến (cách tính của DVCQG)", "Online share (DVCQG's formula)",
                "tỷ lệ hồ sơ trực tuyến thấp", "low online share"}),
            Map.entry("3.6", new String[] {"Thanh toán trực tuyến", "Online payment",
                "thanh toán trực tuyến thấp", "low online payment"}),
            Map.entry("4.1", new String[] {"Kết quả điện tử của TTHC có kết quả giấy",
                "Electronic results of paper-result procedures", "thiếu kết quả điện tử", "missing electronic results"}),
            Map.entry("4.2", new String[] {"Hồ sơ được số hóa", "Dossiers digitised", "số hóa hồ sơ thấp", "little digitisation"}),
            Map.entry("4.3", new String[] {"Tái sử dụng dữ liệu số hóa", "Digitised data reused",
                "ít tái sử dụng dữ liệu số hóa", "little reuse of digitised data"}),
            Map.entry("4.4", new String[] {"Giấy tờ lấy từ Kho dữ liệu của công dân trên DVCQG",
                "Documents from the citizen's DVCQG store", "ít dùng Kho dữ liệu của công dân", "citizen's store rarely used"}),
            Map.entry("4.5", new String[] {"Khai thác dữ liệu dân cư", "Population data used",
                "ít khai thác dữ liệu dân cư", "population data rarely used"}),
            Map.entry("5.4", new String[] {"Mức độ hài lòng (chỉ phần trễ hạn)", "Satisfaction (late part only)",
                "hồ sơ trễ hạn", "late dossiers"}));

    private static final Map<NationalIndicator.Unknown, String[]> UNKNOWN = Map.of(
            NationalIndicator.Unknown.NO_DATA, new String[] {"chưa có dữ liệu", "no data yet"},
            NationalIndicator.Unknown.NO_FACTS, new String[] {
                "sổ cái chưa ghi dữ liệu cho chỉ số quốc gia (chạy sync --refill-facts)",
                "the ledger predates the national facts (run sync --refill-facts)"},
            NationalIndicator.Unknown.NO_PAPER_ATTRIBUTE, new String[] {
                "danh mục không cho biết TTHC nào có kết quả bản giấy", "the catalogue does not say which results are paper"},
            NationalIndicator.Unknown.NO_FEE_ATTRIBUTE, new String[] {
                "danh mục không cho biết TTHC nào có phí, lệ phí", "the catalogue does not say which procedures bear fees"},
            NationalIndicator.Unknown.NO_ELIGIBILITY, new String[] {
                "danh mục không cho biết TTHC nào đủ điều kiện toàn trình",
                "the catalogue does not say which procedures are eligible end to end"});

    static final String[] PART_NAMES = {"toanTrinh", "toàn trình (trên TTHC đủ điều kiện)", "end to end (of the eligible)",
        "motPhan", "một phần", "partial", "inPerson", "trực tiếp", "in person", "postal", "bưu chính công ích", "postal"};

    static final String[] SCORE = {"Điểm dự kiến theo Quyết định 766/QĐ-TTg", "Forecast score under Decision 766/QĐ-TTg"};
    static final String[] POINTS = {"Điểm", "Points"};
    static final String[] MAX = {"Tối đa", "Maximum"};
    static final String[] THRESHOLD = {"Ngưỡng", "Threshold"};
    static final String[] HOLDS_BACK = {"Hạn chế lớn nhất", "Holds it back most"};
    static final String[] NOTE = {"Chỉ số quốc gia theo cách tính của DVCQG (Quyết định 766/QĐ-TTg); tỷ lệ trực tuyến theo"
        + " quyết định của tỉnh tính theo cách riêng và được báo cáo bên cạnh. Mức độ hài lòng chỉ tính được phần trễ hạn:"
        + " phản ánh, kiến nghị được ghi nhận trên DVCQG.",
        "National indicators as DVCQG computes them (Decision 766/QĐ-TTg); the province decision's online share keeps its own"
        + " definition and is reported beside them. Satisfaction can only count its late part: complaints are recorded on DVCQG."};

    public static String name(String id, boolean english) {
        String[] t = TEXTS.get(id);
        return t == null ? id : t[english ? 1 : 0];
    }

    /** What a shortfall on this indicator means for an agency, e.g. "thiếu kết quả điện tử". */
    public static String holdsBack(String id, boolean english) {
        String[] t = TEXTS.get(id);
        return t == null ? id : t[english ? 3 : 2];
    }

    public static String unknown(NationalIndicator.Unknown why, boolean english) {
        return why == null ? "" : UNKNOWN.get(why)[english ? 1 : 0];
    }

    static String text(String[] pair, boolean english) {
        return pair[english ? 1 : 0];
    }

    static String part(String key, boolean english) {
        for (int i = 0; i < PART_NAMES.length; i += 3) {
            if (PART_NAMES[i].equals(key)) {
                return PART_NAMES[i + (english ? 2 : 1)];
            }
        }
        return key;
    }

    /** Points with one decimal: "4,5" in Vietnamese, "4.5" in English; null → "—". */
    public static String points(Double points, boolean english) {
        if (points == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(
                english ? Locale.ENGLISH : Locale.forLanguageTag("vi-VN")));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(points);
    }

    /** "62,4 / 72,0 điểm": the province's forecast. */
    public static String score(double[] points, boolean english) {
        return points(points[0], english) + " / " + points(points[1], english) + (english ? " points" : " điểm");
    }

    /** Every text, for the NFC test. */
    static List<String> all() {
        List<String> out = new java.util.ArrayList<>();
        TEXTS.values().forEach(t -> out.addAll(List.of(t)));
        UNKNOWN.values().forEach(t -> out.addAll(List.of(t)));
        out.addAll(List.of(PART_NAMES));
        for (String[] t : List.of(SCORE, POINTS, MAX, THRESHOLD, HOLDS_BACK, NOTE)) {
            out.addAll(List.of(t));
        }
        return out;
    }
}
