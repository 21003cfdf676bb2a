package vn.dvc.adapter.compliance;

import static vn.dvc.adapter.compliance.ComplianceHtml.escape;
import static vn.dvc.adapter.compliance.ComplianceHtml.headerRow;
import static vn.dvc.adapter.compliance.ComplianceHtml.num;

import java.util.Map;

/** The HTML report's gap lists: procedures not integrated, e-authentication failures, held dossiers. */
final class GapTables {

    private GapTables() {
    }

    static void write(StringBuilder h, ComplianceReport r, boolean english) {
        h.append("<h2>").append(escape(Labels.GAPS.in(english))).append("</h2>\n");
        procedures(h, r, english);
        eauth(h, r, english);
        held(h, r, english);
    }

    private static void procedures(StringBuilder h, ComplianceReport r, boolean english) {
        h.append("<h3>").append(escape(Labels.GAP_PROCEDURES.in(english))).append(" (")
                .append(Numbers.count(r.gaps().procedures().size(), english)).append(")</h3>\n");
        if (r.gaps().procedures().isEmpty()) {
            none(h, english);
            return;
        }
        h.append("<table>\n");
        headerRow(h, english, Labels.AGENCY, Labels.PROCEDURE_CODE, Labels.PROCEDURE_NAME, Labels.WHY);
        for (Gaps.ProcedureGap p : r.gaps().procedures()) {
            h.append("<tr><td>").append(escape(agency(r, p.agency(), english))).append("</td><td>").append(escape(p.maTthc()))
                    .append("</td><td>").append(escape(p.tenTthc())).append("</td><td>")
                    .append(escape(Labels.why(p.why(), english))).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void eauth(StringBuilder h, ComplianceReport r, boolean english) {
        Map<String, Long> province = r.gaps().eauthByReason();
        h.append("<h3>").append(escape(Labels.GAP_EAUTH.in(english))).append("</h3>\n");
        if (province.isEmpty()) {
            none(h, english);
            return;
        }
        h.append("<table>\n");
        headerRow(h, english, Labels.AGENCY, Labels.WHY, Labels.DOSSIERS);
        province.forEach((reason, n) -> reasonRow(h, Labels.PROVINCE.in(english), reason, n, english));
        for (Gaps.EAuthFailures a : r.gaps().eauth()) {
            a.byReason().forEach((reason, n) -> reasonRow(h, agency(r, a.agency(), english), reason, n, english));
        }
        h.append("</table>\n");
    }

    private static void reasonRow(StringBuilder h, String agency, String reason, long n, boolean english) {
        h.append("<tr><td>").append(escape(agency)).append("</td><td>").append(escape(Labels.eauthReason(reason, english)))
                .append(reason.isEmpty() ? "" : " <small>(" + escape(reason) + ")</small>").append("</td>")
                .append(num(Numbers.count(n, english))).append("</tr>\n");
    }

    private static void held(StringBuilder h, ComplianceReport r, boolean english) {
        Gaps g = r.gaps();
        h.append("<h3>").append(escape(Labels.GAP_HELD.in(english))).append(" (")
                .append(Numbers.count(g.heldTotal(), english)).append(")</h3>\n");
        if (g.held().isEmpty()) {
            none(h, english);
            return;
        }
        if (g.held().size() < g.heldTotal()) {
            h.append("<p class=\"note\">").append(escape(String.format(english ? java.util.Locale.ENGLISH
                    : java.util.Locale.forLanguageTag("vi-VN"), Labels.SHOWN.in(english), g.held().size(), g.heldTotal())))
                    .append("</p>\n");
        }
        h.append("<table>\n");
        headerRow(h, english, Labels.DOSSIER_CODE, Labels.AGENCY, Labels.PROCEDURE_CODE, Labels.WHY);
        for (Gaps.HeldDossier d : g.held()) {
            h.append("<tr><td>").append(escape(d.maHoSo())).append("</td><td>").append(escape(agency(r, d.agency(), english)))
                    .append("</td><td>").append(escape(d.maTthc())).append("</td><td>").append(escape(d.reason()))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void none(StringBuilder h, boolean english) {
        h.append("<p class=\"note\">").append(escape(Labels.NONE.in(english))).append("</p>\n");
    }

    /** The configured name, or the code for an agency not configured. */
    private static String agency(ComplianceReport r, String code, boolean english) {
        return code == null || code.isEmpty() ? Labels.UNKNOWN_AGENCY.in(english) : r.nameOf(code);
    }
}
