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
            line(csv, row(a.code(), a.name(), Labels.tier(a.tier(), english), a.rank() == null ? "" : a.rank().toString(),
                    a.counts(), a.target(), a.meetsTarget(), english));
        }
        ProvinceFigures p = report.province();
        line(csv, row("", Labels.PROVINCE.in(english), "", "", p.counts(), p.targets().onlineShare(),
                Boolean.TRUE.equals(p.meets(Indicator.ONLINE_SHARE)), english));
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
