package vn.dvc.adapter.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The report's charts as inline SVG: horizontal bars per agency, grouped by tier, each against a
 * target marker, green when the target is met and red when not. No script, no external resource.
 */
final class Charts {

    static final String PASS = "#2e7d32";
    static final String FAIL = "#c62828";

    private static final int WIDTH = 960;
    private static final int LABEL = 340;
    private static final int BAR_X = LABEL + 12;
    private static final int BAR_W = 480;
    private static final int ROW = 26;
    private static final int BAR_H = 16;
    private static final int MAX_NAME = 40;

    private record Bar(String label, Double value, double target, String empty) {}

    private record Group(String title, List<Bar> bars) {}

    private Charts() {
    }

    /** Online share per agency against its own target, ordered by rank within each tier. */
    static String onlineShare(ComplianceReport r, boolean english) {
        List<Group> groups = new ArrayList<>();
        for (String tier : Ranking.tiers(r.agencies())) {
            groups.add(new Group(Labels.tier(tier, english), Ranking.ofTier(r.agencies(), tier).stream()
                    .map(a -> new Bar(rankPrefix(a) + a.name(), a.onlineShare(), a.target(), Labels.NO_DOSSIERS.in(english)))
                    .toList()));
        }
        return svg(Labels.CHART_ONLINE.in(english), groups, english);
    }

    /** Integration coverage per agency against the province's integration target, highest first within each tier. */
    static String integration(ComplianceReport r, boolean english) {
        double target = r.province().targets().integration();
        Function<AgencyFigures, Double> coverage = AgencyFigures::integrationCoverage;
        List<Group> groups = new ArrayList<>();
        for (String tier : Ranking.tiers(r.agencies())) {
            groups.add(new Group(Labels.tier(tier, english), r.agencies().stream().filter(a -> a.tier().equals(tier))
                    .sorted(Comparator.comparing(coverage, Comparator.nullsLast(Comparator.reverseOrder())))
                    .map(a -> new Bar(a.name(), a.integrationCoverage(), target, Labels.NO_PROCEDURES.in(english)))
                    .toList()));
        }
        return svg(Labels.CHART_INTEGRATION.in(english), groups, english);
    }

    private static String rankPrefix(AgencyFigures a) {
        return a.rank() == null ? "" : a.rank() + ". ";
    }

    private static String svg(String title, List<Group> groups, boolean english) {
        int rows = groups.stream().mapToInt(g -> g.bars().size() + 1).sum();
        int height = 30 + rows * ROW + 40;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" aria-label=\"")
                .append(ComplianceHtml.escape(title)).append("\">\n<title>").append(ComplianceHtml.escape(title)).append("</title>\n");
        int top = 24;
        int bottom = 30 + rows * ROW;
        for (int pct = 0; pct <= 100; pct += 25) {
            double x = BAR_X + BAR_W * pct / 100.0;
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ddd\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" class=\"tick\">%d%%</text>%n", x, top, x, bottom, x, top - 8, pct));
        }
        int y = 30;
        for (Group g : groups) {
            s.append("<text x=\"4\" y=\"").append(y + 18).append("\" class=\"group\">")
                    .append(ComplianceHtml.escape(g.title())).append("</text>\n");
            y += ROW;
            for (Bar b : g.bars()) {
                bar(s, b, y, english);
                y += ROW;
            }
        }
        legend(s, bottom + 22, english);
        return s.append("</svg>\n").toString();
    }

    private static void bar(StringBuilder s, Bar b, int y, boolean english) {
        String name = b.label().length() > MAX_NAME ? b.label().substring(0, MAX_NAME - 1) + "…" : b.label();
        int mid = y + ROW / 2;
        s.append("<g><title>").append(ComplianceHtml.escape(b.label() + ": " + Numbers.percent(b.value(), english)))
                .append("</title>");
        s.append("<text x=\"").append(LABEL).append("\" y=\"").append(mid + 4).append("\" text-anchor=\"end\">")
                .append(ComplianceHtml.escape(name)).append("</text>");
        if (b.value() == null) {
            s.append("<text x=\"").append(BAR_X + 4).append("\" y=\"").append(mid + 4).append("\" class=\"empty\">")
                    .append(ComplianceHtml.escape(b.empty())).append("</text>");
        } else {
            boolean pass = Indicator.meets(b.value(), b.target());
            double w = BAR_W * Math.max(0, Math.min(1, b.value()));
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                    BAR_X, mid - BAR_H / 2, w, BAR_H, pass ? PASS : FAIL));
            s.append("<text x=\"").append(BAR_X + BAR_W + 10).append("\" y=\"").append(mid + 4).append("\">")
                    .append(ComplianceHtml.escape(Numbers.percent(b.value(), english))).append("</text>");
        }
        double tx = BAR_X + BAR_W * Math.max(0, Math.min(1, b.target()));
        s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#212121\" stroke-width=\"2\"/>",
                tx, mid - BAR_H / 2 - 3, tx, mid + BAR_H / 2 + 3));
        s.append("</g>\n");
    }

    private static void legend(StringBuilder s, int y, boolean english) {
        int x = BAR_X;
        s.append("<g class=\"legend\">");
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"14\" height=\"12\" fill=\"")
                .append(PASS).append("\"/><text x=\"").append(x + 20).append("\" y=\"").append(y).append("\">")
                .append(ComplianceHtml.escape(Labels.LEGEND_MET.in(english))).append("</text>");
        x += 150;
        s.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"14\" height=\"12\" fill=\"")
                .append(FAIL).append("\"/><text x=\"").append(x + 20).append("\" y=\"").append(y).append("\">")
                .append(ComplianceHtml.escape(Labels.LEGEND_NOT_MET.in(english))).append("</text>");
        x += 170;
        s.append("<line x1=\"").append(x + 7).append("\" y1=\"").append(y - 13).append("\" x2=\"").append(x + 7)
                .append("\" y2=\"").append(y + 3).append("\" stroke=\"#212121\" stroke-width=\"2\"/><text x=\"")
                .append(x + 20).append("\" y=\"").append(y).append("\">")
                .append(ComplianceHtml.escape(Labels.LEGEND_TARGET.in(english))).append("</text>");
        s.append("</g>\n");
    }
}
