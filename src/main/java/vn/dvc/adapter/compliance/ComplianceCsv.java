package vn.dvc.adapter.compliance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The agencies' figures as a CSV that Excel opens with its Vietnamese intact: UTF-8 with a byte
 * order mark, CRLF line ends, RFC 4180 quoting. One row per configured agency, then the province.
 * Shares are percents with one decimal and a dot (51.2); an empty cell means no data.
 */
public final class ComplianceCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final String CRLF = "\r\n";

    private ComplianceCsv() {
    }

    public static byte[] write(ComplianceReport report, boolean english) {
        StringBuilder csv = new StringBuilder();
        line(csv, header(english));
        for (AgencyFigures a : report.agencies()) {
            List<String> r = row(a.code(), a.name(), Labels.tier(a.tier(), english), a.rank() == null ? "" : a.rank().toString(),
                    a.counts(), a.target(), a.meetsTarget(), english);
            line(csv, national(r, a.national(), a.nationalPoints()));
        }
        ProvinceFigures p = report.province();
        List<String> r = row("", Labels.PROVINCE.in(english), "", "", p.counts(), p.targets().onlineShare(),
                Boolean.TRUE.equals(p.meets(Indicator.ONLINE_SHARE)), english);
        line(csv, national(r, p.national(), p.nationalPoints()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        out.writeBytes(csv.toString().getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static List<String> header(boolean english) {
        List<String> h = new ArrayList<>(List.of(Labels.CODE.in(english), Labels.AGENCY.in(english), Labels.TIER.in(english),
                Labels.RANK.in(english), Labels.RECEIVED.in(english), Labels.ONLINE.in(english),
                Labels.ONLINE_SHARE.in(english) + " (%)", Labels.TARGET.in(english) + " (%)", Labels.MEETS_TARGET.in(english)));
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.ONLINE_SHARE) {
                h.add(Labels.indicator(i, english) + " (%)");
            }
        }
        // DVCQG's indicators (domain.md §8): share and points of each, then the total
        for (String id : NationalScoring.IDS) {
            h.add(id + " " + NationalLabels.name(id, english) + " (%)");
            h.add(id + " " + NationalLabels.text(NationalLabels.POINTS, english).toLowerCase(java.util.Locale.ROOT));
        }
        h.add(NationalLabels.text(NationalLabels.SCORE, english));
        h.add(NationalLabels.text(NationalLabels.MAX, english));
        return h;
    }

    private static List<String> row(String code, String name, String tier, String rank, Counts c, double target,
                                    boolean meets, boolean english) {
        List<String> r = new ArrayList<>(List.of(code, name, tier, rank, Long.toString(c.received()),
                Long.toString(c.online()), Numbers.percentPlain(c.onlineShare()), Numbers.percentPlain(target),
                (meets ? Labels.YES : Labels.NO).in(english)));
        for (Indicator i : Indicator.values()) {
            if (i != Indicator.ONLINE_SHARE) {
                r.add(Numbers.percentPlain(i.of(c)));
            }
        }
        return r;
    }

    /** An empty cell: unknown (no data, or inputs missing), never 0. */
    private static List<String> national(List<String> row, java.util.Map<String, NationalIndicator> national, double[] points) {
        List<String> out = new ArrayList<>(row);
        for (String id : NationalScoring.IDS) {
            NationalIndicator i = national.get(id);
            out.add(i == null ? "" : Numbers.percentPlain(i.share()));
            out.add(i == null || i.points() == null ? "" : plain(i.points()));
        }
        out.add(plain(points[0]));
        out.add(plain(points[1]));
        return out;
    }

    private static String plain(double points) {
        return java.math.BigDecimal.valueOf(points).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append(CRLF);
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
