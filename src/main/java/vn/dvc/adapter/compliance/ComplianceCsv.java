package vn.dvc.adapter.compliance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The agencies' figures as a CSV that Excel opens with its Vietnamese intact: UTF-8 with a byte
 * order mark, CRLF line ends, RFC 4180 quoting. The language's own conventions, as Excel expects
 * them from the reader's regional settings: in Vietnamese the decimal mark is a comma (51,2) and
 * cells are separated by semicolons; in English a point (51.2) and commas. The first row states
 * the period, the decimal mark and the separator in words, so a file that travels to a machine with
 * other settings still says how to read it; then the header, one row per configured agency, then
 * the province. Counts are plain integers (no grouping, so they stay numbers); an empty cell means
 * no data, never 0.
 */
final class ComplianceCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ComplianceCsv() {
    }

    public static byte[] write(ComplianceReport report, boolean english) {
        char sep = separator(english);
        StringBuilder csv = new StringBuilder();
        line(csv, about(report, english), sep);
        line(csv, header(report, english), sep);
        for (AgencyFigures a : report.agencies()) {
            // an agency without dossiers in the period has no verdict and no points: empty cells, as in the HTML
            boolean data = a.received() > 0;
            List<String> r = row(a.code(), a.name(), Labels.tier(a.tier(), english), a.rank() == null ? "" : a.rank().toString(),
                    a.counts(), a.target(), data ? a.meetsTarget() : null, english);
            line(csv, national(r, a.national(), data ? a.nationalPoints() : null, english), sep);
        }
        ProvinceFigures p = report.province();
        List<String> r = row("", Labels.PROVINCE.in(english), "", "", p.counts(), p.targets().onlineShare(),
                Boolean.TRUE.equals(p.meets(Indicator.ONLINE_SHARE)), english);
        line(csv, national(r, p.national(), p.nationalPoints(), english), sep);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The list separator that goes with the language's decimal mark. */
    static char separator(boolean english) {
        return english ? ',' : ';';
    }

    /** The first row: what the file covers and how its numbers are written. */
    private static List<String> about(ComplianceReport report, boolean english) {
        DateTimeFormatter day = english ? DateTimeFormatter.ISO_LOCAL_DATE : DAY_VI;
        return english
                ? List.of("Period", report.from().format(day) + " – " + report.to().format(day),
                        "Decimal mark: point (51.2)", "Column separator: comma")
                : List.of("Kỳ báo cáo", report.from().format(day) + " – " + report.to().format(day),
                        "Dấu thập phân: dấu phẩy (51,2)", "Phân cách cột: dấu chấm phẩy");
    }

    private static List<String> header(ComplianceReport report, boolean english) {
        List<String> h = new ArrayList<>(List.of(Labels.CODE.in(english), Labels.AGENCY.in(english), Labels.TIER.in(english),
                Labels.RANK.in(english), Labels.RECEIVED.in(english), Labels.ONLINE.in(english),
                Labels.ONLINE_SHARE.in(english) + " (%)", Labels.TARGET.in(english) + " (%)", Labels.MEETS_TARGET.in(english)));
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.ONLINE_SHARE) {
                h.add(Labels.indicator(i, english) + " (%)");
            }
        }
        // DVCQG's indicators (domain.md §8): share (with its threshold) and points of each, then the total
        for (String id : NationalScoring.IDS) {
            NationalIndicator i = report.province().national().get(id);
            h.add(id + " " + NationalLabels.name(id, english) + " (%" + (i == null ? "" : ", "
                    + NationalLabels.text(NationalLabels.THRESHOLD, english).toLowerCase(java.util.Locale.ROOT) + " "
                    + Numbers.percent(i.threshold(), english)) + ")");
            h.add(id + " " + NationalLabels.text(NationalLabels.POINTS, english).toLowerCase(java.util.Locale.ROOT));
        }
        h.add(NationalLabels.text(NationalLabels.SCORE, english));
        h.add(NationalLabels.text(NationalLabels.MAX, english));
        return h;
    }

    private static List<String> row(String code, String name, String tier, String rank, Counts c, double target,
                                    Boolean meets, boolean english) {
        List<String> r = new ArrayList<>(List.of(code, name, tier, rank, Long.toString(c.received()),
                Long.toString(c.online()), Numbers.percentCell(c.onlineShare(), english), Numbers.percentCell(target, english),
                meets == null ? "" : (meets ? Labels.YES : Labels.NO).in(english)));
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.ONLINE_SHARE) {
                r.add(Numbers.percentCell(i.of(c), english));
            }
        }
        return r;
    }

    /** An empty cell: unknown (no data, or inputs missing), never 0. */
    private static List<String> national(List<String> row, Map<String, NationalIndicator> national, double[] points,
                                         boolean english) {
        List<String> out = new ArrayList<>(row);
        for (String id : NationalScoring.IDS) {
            NationalIndicator i = national.get(id);
            out.add(i == null ? "" : Numbers.percentCell(i.share(), english));
            out.add(i == null || i.points() == null ? "" : Numbers.decimalCell(i.points(), 2, english));
        }
        out.add(points == null ? "" : Numbers.decimalCell(points[0], 2, english));
        out.add(points == null ? "" : Numbers.decimalCell(points[1], 2, english));
        return out;
    }

    private static void line(StringBuilder csv, List<String> fields, char sep) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(sep);
            }
            csv.append(quoted(fields.get(i), sep));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
    static String quoted(String field, char sep) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(sep) < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
