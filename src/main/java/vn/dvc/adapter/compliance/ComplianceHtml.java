package vn.dvc.adapter.compliance;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The report for people: one HTML file that opens from disk with no network (inline CSS, charts
 * as inline SVG, system fonts), Vietnamese by default. Every text from the data is escaped.
 */
final class ComplianceHtml {

    private static final DateTimeFormatter DAY_VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME_VI = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter TIME_EN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#222;margin:0;background:#fafafa}
            main{max-width:1180px;margin:0 auto;padding:24px 28px;background:#fff}
            h1{font-size:1.5rem;margin:0 0 4px}h2{font-size:1.2rem;margin:32px 0 8px;border-bottom:2px solid #1565c0;padding-bottom:4px}
            h3{font-size:1.05rem;margin:20px 0 6px}.meta{color:#555;margin:0 0 12px}
            table{border-collapse:collapse;width:100%;font-size:.9rem;margin:6px 0 12px}
            th,td{border:1px solid #ccc;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#eef3fb}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .pass{color:#1b5e20;font-weight:600}.fail{color:#b71c1c;font-weight:600}
            svg.chart{max-width:960px;font-size:13px;display:block}svg .tick{fill:#666;font-size:11px}
            svg .group{font-weight:600}svg .empty{fill:#777;font-style:italic}
            .note{color:#555;font-size:.88rem}ul.counts{padding-left:20px}.wide{overflow-x:auto}.wide th{font-size:.82rem}
            @media print{body{background:#fff}main{max-width:none;padding:0}}
            """;

    private ComplianceHtml() {
    }

    public static String write(ComplianceReport r, boolean english) {
        StringBuilder h = new StringBuilder(64 * 1024);
        String title = Labels.TITLE.in(english);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "vi").append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<h1>").append(escape(title)).append("</h1>\n<p class=\"meta\">").append(escape(Labels.PERIOD.in(english)))
                .append(": ").append(escape(day(r, true, english))).append(' ').append(escape(Labels.PERIOD_TO.in(english)))
                .append(' ').append(escape(day(r, false, english))).append(" · ").append(escape(Labels.GENERATED.in(english)))
                .append(' ').append(escape(r.generatedAt().atZone(ComplianceReport.ZONE).format(english ? TIME_EN : TIME_VI)))
                .append("</p>\n");
        province(h, r, english);
        h.append("<h2>").append(escape(Labels.CHART_ONLINE.in(english))).append("</h2>\n").append(Charts.onlineShare(r, english));
        h.append("<h2>").append(escape(Labels.CHART_INTEGRATION.in(english))).append("</h2>\n").append(Charts.integration(r, english));
        agencies(h, r.agencies(), english);
        NationalHtml.write(h, r, english);
        GapTables.write(h, r, english);
        h.append("<h2>").append(escape(Labels.NOTES.in(english))).append("</h2>\n<ul class=\"note\">\n");
        for (Labels note : List.of(Labels.NOTE_RECEIVED, Labels.NOTE_ONLINE, Labels.NOTE_RANK, Labels.NOTE_HELD,
                Labels.NOTE_QUARANTINED, Labels.NOTE_PROCEDURES)) {
            h.append("<li>").append(escape(note.in(english))).append("</li>\n");
        }
        return h.append("</ul>\n</main>\n</body>\n</html>\n").toString();
    }

    private static String day(ComplianceReport r, boolean from, boolean english) {
        var d = from ? r.from() : r.to();
        return english ? d.toString() : d.format(DAY_VI);
    }

    private static void province(StringBuilder h, ComplianceReport r, boolean english) {
        ProvinceFigures p = r.province();
        h.append("<h2>").append(escape(Labels.PROVINCE_SUMMARY.in(english))).append("</h2>\n<table>\n");
        headerRow(h, english, Labels.INDICATOR, Labels.VALUE, Labels.TARGET, Labels.RESULT);
        for (Indicator i : Indicator.values()) {
            h.append("<tr><td>").append(escape(Labels.indicator(i, english))).append("</td>").append(num(Numbers.percent(p.value(i), english)))
                    .append(num(p.target(i) == null ? Labels.NO_TARGET.in(english) : Numbers.percent(p.target(i), english)))
                    .append("<td>").append(verdict(p.meets(i), english)).append("</td></tr>\n");
        }
        h.append("</table>\n<ul class=\"counts\">\n");
        item(h, Labels.RECEIVED.in(english), Numbers.count(p.received(), english));
        item(h, Labels.ONLINE.in(english), Numbers.count(p.online(), english));
        for (ProvinceFigures.TierTally t : p.tiers()) {
            item(h, Labels.AGENCIES_MEETING.in(english) + " — " + Labels.tier(t.tier(), english),
                    t.meetingTarget() + " " + Labels.OF.in(english) + " " + t.agencies());
        }
        item(h, Labels.QUARANTINED_NOT_COUNTED.in(english), Numbers.count(p.quarantinedNotCounted(), english));
        item(h, Labels.HELD.in(english), Numbers.count(p.held(), english));
        if (!p.unconfigured().isEmpty()) {
            StringBuilder codes = new StringBuilder();
            for (ProvinceFigures.UnconfiguredAgency u : p.unconfigured()) {
                codes.append(codes.length() == 0 ? "" : "; ").append(agencyCode(u.code(), english))
                        .append(r.names().containsKey(u.code()) ? " " + r.names().get(u.code()) : "").append(" (")
                        .append(Numbers.count(u.received(), english)).append(')');
            }
            item(h, Labels.UNCONFIGURED.in(english), codes.toString());
        }
        h.append("</ul>\n");
    }

    private static void agencies(StringBuilder h, List<AgencyFigures> agencies, boolean english) {
        h.append("<h2>").append(escape(Labels.AGENCY_TABLES.in(english))).append("</h2>\n");
        for (String tier : Ranking.tiers(agencies)) {
            h.append("<h3>").append(escape(Labels.tier(tier, english))).append("</h3>\n<div class=\"wide\"><table>\n");
            headerRow(h, english, Labels.RANK, Labels.AGENCY, Labels.CODE, Labels.RECEIVED, Labels.ONLINE, Labels.ONLINE_SHARE,
                    Labels.TARGET, Labels.RESULT, Labels.INTEGRATION_COVERAGE, Labels.EAUTH_RATE, Labels.ONLINE_ELIGIBLE_SHARE,
                    Labels.SYNC_RATIO, Labels.ON_TIME_RATE);
            for (AgencyFigures a : Ranking.ofTier(agencies, tier)) {
                h.append("<tr>").append(num(a.rank() == null ? "—" : a.rank().toString()))
                        .append("<td>").append(escape(a.name())).append("</td><td>").append(escape(a.code())).append("</td>")
                        .append(num(Numbers.count(a.received(), english))).append(num(Numbers.count(a.online(), english)))
                        .append(num(Numbers.percent(a.onlineShare(), english))).append(num(Numbers.percent(a.target(), english)))
                        .append("<td>").append(a.received() == 0 ? escape(NationalLabels.unknown(
                                NationalIndicator.Unknown.NO_DATA, english)) : verdict(a.meetsTarget(), english)).append("</td>")
                        .append(num(Numbers.percent(a.integrationCoverage(), english)))
                        .append(num(Numbers.percent(a.eauthRate(), english)))
                        .append(num(Numbers.percent(a.onlineEligibleShare(), english)))
                        .append(num(Numbers.percent(a.syncRatio(), english)))
                        .append(num(Numbers.percent(a.onTimeRate(), english))).append("</tr>\n");
            }
            h.append("</table></div>\n");
        }
    }

    static void headerRow(StringBuilder h, boolean english, Labels... headers) {
        h.append("<tr>");
        for (Labels l : headers) {
            h.append("<th>").append(escape(l.in(english))).append("</th>");
        }
        h.append("</tr>\n");
    }

    private static void item(StringBuilder h, String label, String value) {
        h.append("<li>").append(escape(label)).append(": <strong>").append(escape(value)).append("</strong></li>\n");
    }

    static String num(String text) {
        return "<td class=\"n\">" + escape(text) + "</td>";
    }

    private static String verdict(Boolean meets, boolean english) {
        if (meets == null) {
            return escape(Labels.NO_TARGET.in(english));
        }
        return meets ? "<span class=\"pass\">✓ " + escape(Labels.MET.in(english)) + "</span>"
                : "<span class=\"fail\">✗ " + escape(Labels.NOT_MET.in(english)) + "</span>";
    }

    static String agencyCode(String code, boolean english) {
        return code == null || code.isEmpty() ? Labels.UNKNOWN_AGENCY.in(english) : code;
    }

    /** Text for HTML content and attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
