package vn.dvc.adapter.admin.console;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dvc.adapter.compliance.AgencyFigures;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.system.Masking;

/**
 * The province's indicators over a period of reception dates (from the first of the year to
 * today unless chosen): online share per agency against its own target, one chart per tier,
 * integration coverage against 100%, and the table.
 */
@Controller
class CompliancePage {

    private final ComplianceService compliance;
    private final Notices notices;

    CompliancePage(ComplianceService compliance, Notices notices) {
        this.compliance = compliance;
        this.notices = notices;
    }

    /** At most this much of a mistyped day is quoted back (a day is 10 characters). */
    private static final int SHOWN = 20;

    @GetMapping("/compliance")
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        // open on a period that has data: the year of the latest dossier received, up to that day
        LocalDate latest = compliance.latestReceived();
        LocalDate today = latest == null ? LocalDate.now(Fmt.ZONE) : latest;
        LocalDate start = today.withDayOfYear(1);
        LocalDate end = today;
        String problem = null;
        LocalDate asked = day(from, start);
        LocalDate askedEnd = day(to, end);
        if (asked == null || askedEnd == null) {
            String bad = Masking.mask((asked == null ? from : to).trim());   // masked whole, then cut: no number split
            bad = bad.length() > SHOWN ? bad.substring(0, SHOWN) + "…" : bad;
            problem = notices.text("compliance.badDate", bad,
                    ComplianceService.FIRST, ComplianceService.LAST);
        } else if (asked.isAfter(askedEnd)) {
            problem = notices.text("compliance.badOrder", asked, askedEnd);
        } else {
            start = asked;
            end = askedEnd;
        }
        if (problem != null) {
            model.addAttribute("notice", notices.text("compliance.badPeriod", problem));
            model.addAttribute("noticeKind", "error");
        }
        ComplianceReport report = compliance.report(start, end);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", report);
        model.addAttribute("chartsJson", ChartJson.of(charts(report)));
        boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
        model.addAttribute("national", NationalRows.province(report, english));
        model.addAttribute("nationalAgencies", NationalRows.agencies(report, english));
        return "compliance";
    }

    /** The day a field names (year-month-day), {@code otherwise} when it is empty, null when it names no day a report covers. */
    private static LocalDate day(String field, LocalDate otherwise) {
        if (field == null || field.isBlank()) {
            return otherwise;
        }
        try {
            LocalDate day = LocalDate.parse(field.trim());
            return ComplianceService.reportable(day) ? day : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** One online-share chart per tier, then integration coverage; shares in percent. */
    private Map<String, Object> charts(ComplianceReport report) {
        List<Map<String, Object>> charts = new ArrayList<>();
        Map<String, List<AgencyFigures>> byTier = new LinkedHashMap<>();
        report.agencies().forEach(a -> byTier.computeIfAbsent(a.tier(), t -> new ArrayList<>()).add(a));
        byTier.forEach((tier, agencies) -> charts.add(chart(
                notices.text("compliance.chart.online", notices.text("compliance.tier." + tier)), agencies, true, 0)));
        if (!report.agencies().isEmpty()) {
            charts.add(chart(notices.text("compliance.chart.integration"), report.agencies(), false,
                    report.province().targets().integration()));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("charts", charts);
        out.put("valueLabel", notices.text("compliance.value"));
        out.put("targetLabel", notices.text("compliance.target"));
        return out;
    }

    private Map<String, Object> chart(String title, List<AgencyFigures> agencies, boolean online, double integrationTarget) {
        List<String> names = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Double> targets = new ArrayList<>();
        for (AgencyFigures a : agencies) {
            names.add(a.name());
            Double v = online ? a.onlineShare() : a.integrationCoverage();
            values.add(v == null ? null : round(v * 100));
            targets.add(round((online ? a.target() : integrationTarget) * 100));
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("title", title);
        c.put("names", names);
        c.put("values", values);
        c.put("targets", targets);
        return c;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
