package vn.dvc.adapter.compliance;

import static vn.dvc.adapter.compliance.ComplianceHtml.escape;
import static vn.dvc.adapter.compliance.ComplianceHtml.num;

import java.util.List;
import java.util.Map;

/** The HTML report's national scoring section: the province's forecast, each indicator, each agency's. */
final class NationalHtml {

    private NationalHtml() {
    }

    static void write(StringBuilder h, ComplianceReport r, boolean english) {
        ProvinceFigures p = r.province();
        h.append("<h2>").append(escape(NationalLabels.text(NationalLabels.SCORE, english))).append(": ")
                .append(escape(NationalLabels.score(p.nationalPoints(), english))).append("</h2>\n<table>\n<tr>");
        for (String head : List.of(Labels.INDICATOR.in(english), Labels.VALUE.in(english),
                NationalLabels.text(NationalLabels.THRESHOLD, english), NationalLabels.text(NationalLabels.POINTS, english),
                NationalLabels.text(NationalLabels.MAX, english), Labels.RESULT.in(english))) {
            h.append("<th>").append(escape(head)).append("</th>");
        }
        h.append("</tr>\n");
        p.national().forEach((id, i) -> {
            h.append("<tr><td>").append(escape(id + " " + NationalLabels.name(id, english))).append(parts(i, english))
                    .append("</td>").append(num(i.unknown() != null ? NationalLabels.unknown(i.unknown(), english)
                            : Numbers.percent(i.share(), english)))
                    .append(num(Numbers.percent(i.threshold(), english)))
                    .append(num(NationalLabels.points(i.points(), english)))
                    .append(num(NationalLabels.points(i.max(), english)))
                    .append("<td>").append(verdict(i, english)).append("</td></tr>\n");
        });
        h.append("</table>\n<p class=\"note\">").append(escape(NationalLabels.text(NationalLabels.NOTE, english))).append("</p>\n");
        for (String tier : Ranking.tiers(r.agencies())) {
            h.append("<h3>").append(escape(Labels.tier(tier, english))).append("</h3>\n<div class=\"wide\"><table>\n<tr><th>")
                    .append(escape(Labels.AGENCY.in(english))).append("</th><th>")
                    .append(escape(NationalLabels.text(NationalLabels.POINTS, english))).append("</th>");
            for (String id : NationalScoring.IDS) {
                h.append("<th>").append(escape(id)).append("</th>");
            }
            h.append("<th>").append(escape(NationalLabels.text(NationalLabels.HOLDS_BACK, english))).append("</th></tr>\n");
            for (AgencyFigures a : Ranking.ofTier(r.agencies(), tier)) {
                agency(h, a, english);
            }
            h.append("</table></div>\n");
        }
    }

    private static void agency(StringBuilder h, AgencyFigures a, boolean english) {
        h.append("<tr><td>").append(escape(a.name())).append("</td>")
                .append(num(a.received() == 0 ? Labels.NO_DOSSIERS.in(english) : NationalLabels.score(a.nationalPoints(), english)));
        for (String id : NationalScoring.IDS) {
            NationalIndicator i = a.national().get(id);
            h.append(num(i == null || i.share() == null ? "—" : Numbers.percent(i.share(), english)));
        }
        NationalIndicator worst = a.holdsBack();
        h.append("<td>").append(escape(worst == null ? "" : NationalLabels.holdsBack(worst.id(), english))).append("</td></tr>\n");
    }

    private static String parts(NationalIndicator i, boolean english) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, NationalIndicator.Part> e : i.parts().entrySet()) {
            NationalIndicator.Part part = e.getValue();
            out.append("<br><span class=\"note\">").append(escape(NationalLabels.part(e.getKey(), english))).append(": ")
                    .append(escape(part.unknown() != null && part.unknown() != NationalIndicator.Unknown.NO_DATA
                            ? NationalLabels.unknown(part.unknown(), english) : Numbers.percent(part.share(), english)))
                    .append("</span>");
        }
        return out.toString();
    }

    private static String verdict(NationalIndicator i, boolean english) {
        Boolean meets = i.meets();
        if (meets == null) {
            return "—";
        }
        return meets ? "<span class=\"pass\">✓ " + escape(Labels.MET.in(english)) + "</span>"
                : "<span class=\"fail\">✗ " + escape(Labels.NOT_MET.in(english)) + "</span>";
    }
}
