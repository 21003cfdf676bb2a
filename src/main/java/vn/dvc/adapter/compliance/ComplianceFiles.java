package vn.dvc.adapter.compliance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import vn.dvc.adapter.system.OwnerOnly;

/** The report as files, and as a few lines for a terminal: what the {@code demo} command shows. */
public final class ComplianceFiles {

    /** The JSON is plain maps, lists, strings and numbers: any mapper writes it the same way. */
    private static final ObjectMapper PLAIN = JsonMapper.builder().build();

    private ComplianceFiles() {
    }

    /** Writes {@code compliance.html} and {@code compliance.json} (Vietnamese) into {@code dir}; returns their paths. */
    public static List<Path> write(ComplianceReport report, Path dir) {
        return write(report, dir, PLAIN);
    }

    /** The same, with the application's mapper. */
    public static List<Path> write(ComplianceReport report, Path dir, ObjectMapper json) {
        OwnerOnly.directory(dir);
        List<Path> written = new ArrayList<>();
        for (ComplianceFormat f : List.of(ComplianceFormat.HTML, ComplianceFormat.JSON)) {
            written.add(OwnerOnly.write(dir.resolve(f.fileName()), f.render(report, false, json)));
        }
        return written;
    }

    /** The province's figures in a few lines: each indicator with its target and verdict, then the counts. */
    public static String provinceSummary(ComplianceReport report, boolean english) {
        ProvinceFigures p = report.province();
        StringBuilder s = new StringBuilder();
        s.append(Labels.PROVINCE_SUMMARY.in(english)).append(", ").append(report.from()).append(" → ").append(report.to())
                .append(": ").append(Numbers.count(p.received(), english)).append(' ').append(lower(Labels.RECEIVED.in(english)))
                .append(", ").append(Numbers.count(p.online(), english)).append(' ').append(lower(Labels.ONLINE.in(english)))
                .append(System.lineSeparator());
        for (Indicator i : Indicator.values()) {
            Double target = p.target(i);
            s.append(String.format("  %-42s %7s", Labels.indicator(i, english), Numbers.percent(p.value(i), english)));
            if (target != null) {
                s.append(String.format("  %s %6s  %s", lower(Labels.TARGET.in(english)), Numbers.percent(target, english),
                        (p.meets(i) ? Labels.MET : Labels.NOT_MET).in(english)));
            }
            s.append(System.lineSeparator());
        }
        for (ProvinceFigures.TierTally t : p.tiers()) {
            s.append("  ").append(Labels.AGENCIES_MEETING.in(english)).append(" — ").append(Labels.tier(t.tier(), english))
                    .append(": ").append(t.meetingTarget()).append('/').append(t.agencies()).append(System.lineSeparator());
        }
        s.append("  ").append(Labels.HELD.in(english)).append(": ").append(Numbers.count(p.held(), english))
                .append(System.lineSeparator());
        s.append("  ").append(Labels.QUARANTINED_NOT_COUNTED.in(english)).append(": ")
                .append(Numbers.count(p.quarantinedNotCounted(), english)).append(System.lineSeparator());
        return s.toString();
    }

    /** One line: the province's national score forecast, points of the maximum (domain.md §8). */
    public static String nationalForecast(ComplianceReport report, boolean english) {
        return NationalLabels.text(NationalLabels.SCORE, english) + ", " + report.from() + " → " + report.to() + ": "
                + NationalLabels.score(report.province().nationalPoints(), english);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
