package vn.dvc.adapter.admin.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.compliance.AgencyFigures;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.NationalIndicator;
import vn.dvc.adapter.compliance.NationalLabels;

/**
 * The compliance page's national scoring (domain.md §8) as rows ready to show: the province's
 * forecast and each indicator against its threshold, and per agency its points and what holds it
 * back the most; texts from the report's own labels, so the page and the files say the same.
 */
final class NationalRows {

    private NationalRows() {
    }

    static Map<String, Object> province(ComplianceReport report, boolean english) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", NationalLabels.score(report.province().nationalPoints(), english));
        List<Map<String, Object>> rows = new ArrayList<>();
        report.province().national().forEach((id, i) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("name", NationalLabels.name(id, english));
            row.put("share", i.share());
            row.put("threshold", i.threshold());
            row.put("points", NationalLabels.points(i.points(), english));
            row.put("max", NationalLabels.points(i.max(), english));
            row.put("unknown", i.unknown() == null ? null : NationalLabels.unknown(i.unknown(), english));
            row.put("meets", i.meets());
            rows.add(row);
        });
        out.put("rows", rows);
        return out;
    }

    /** Per agency, by its code. */
    static Map<String, Map<String, Object>> agencies(ComplianceReport report, boolean english) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        for (AgencyFigures a : report.agencies()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", a.code());
            row.put("name", a.name());
            row.put("hasData", a.received() > 0);
            row.put("score", NationalLabels.score(a.nationalPoints(), english));
            NationalIndicator worst = a.holdsBack();
            row.put("holdsBack", worst == null ? null : NationalLabels.holdsBack(worst.id(), english));
            out.put(a.code(), row);
        }
        return out;
    }
}
