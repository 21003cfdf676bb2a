package vn.dvc.adapter.compliance;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report for machines. Shares stay 0..1 and unrounded; dates are ISO strings (the project's
 * Jackson 2 mapper has no java.time module). Only the gap reasons' texts depend on the language.
 */
final class ComplianceJson {

    private ComplianceJson() {
    }

    public static String write(ObjectMapper mapper, ComplianceReport report, boolean english) {
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report, english));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("compliance report: " + e.getOriginalMessage(), e);
        }
    }

    /** Any small value as JSON, e.g. an error. */
    static String plain(ObjectMapper mapper, Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> tree(ComplianceReport r, boolean english) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("period", ordered("from", r.from().toString(), "to", r.to().toString()));
        out.put("generatedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(r.generatedAt().atZone(ComplianceReport.ZONE)));
        out.put("province", province(r.province()));
        out.put("agencies", r.agencies().stream().map(ComplianceJson::agency).toList());
        out.put("gaps", gaps(r, english));
        return out;
    }

    private static Map<String, Object> agency(AgencyFigures a) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", a.code());
        out.put("name", a.name());
        out.put("tier", a.tier());
        out.put("received", a.received());
        out.put("online", a.online());
        out.put("onlineShare", a.onlineShare());
        out.put("target", a.target());
        out.put("meetsTarget", a.meetsTarget());
        out.put("rank", a.rank());
        out.put("integrationCoverage", a.integrationCoverage());
        out.put("eauthRate", a.eauthRate());
        out.put("onlineEligibleShare", a.onlineEligibleShare());
        out.put("syncRatio", a.syncRatio());
        out.put("onTimeRate", a.onTimeRate());
        out.put("counts", counts(a.counts()));
        out.put("national", national(a.national()));
        out.put("nationalPoints", points(a.nationalPoints()));
        NationalIndicator worst = a.holdsBack();
        out.put("holdsBack", worst == null ? null : worst.id());
        return out;
    }

    /**
     * DVCQG's indicators by id, each {numerator, denominator, share, points, max, threshold, unknown};
     * 3.1 and 3.3 also carry their parts, 5.4 says that only its late part is known here.
     */
    static Map<String, Object> national(Map<String, NationalIndicator> national) {
        Map<String, Object> out = new LinkedHashMap<>();
        national.forEach((id, i) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("numerator", i.numerator());
            m.put("denominator", i.denominator());
            m.put("share", i.share());
            m.put("points", i.points());
            m.put("max", i.max());
            m.put("threshold", i.threshold());
            m.put("unknown", i.unknown() == null ? null : i.unknown().name());
            i.parts().forEach((name, part) -> m.put(name, ordered("numerator", part.numerator(), "denominator",
                    part.denominator(), "share", part.share(), "unknown", part.unknown() == null ? null : part.unknown().name())));
            if ("5.4".equals(id)) {
                m.put("note", "LATE_PART_ONLY");   // complaints and dislikes are recorded on DVCQG, not here
            }
            out.put(id, m);
        });
        return out;
    }

    private static Map<String, Object> points(double[] points) {
        return ordered("points", points[0], "max", points[1]);
    }

    private static Map<String, Object> province(ProvinceFigures p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("received", p.received());
        out.put("online", p.online());
        Map<String, Object> targets = new LinkedHashMap<>();
        Map<String, Object> meets = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            out.put(i.key(), p.value(i));
            if (p.target(i) != null) {
                targets.put(i.key(), p.target(i));
                meets.put(i.key(), p.meets(i));
            }
        }
        out.put("targets", targets);
        out.put("meetsTargets", meets);
        Map<String, Object> tiers = new LinkedHashMap<>();
        p.tiers().forEach(t -> tiers.put(t.tier(), ordered("agencies", t.agencies(), "meetingTarget", t.meetingTarget())));
        out.put("agenciesMeetingTarget", tiers);
        out.put("quarantinedNotCounted", p.quarantinedNotCounted());
        out.put("held", p.held());
        out.put("unconfiguredAgencies", p.unconfigured().stream()
                .map(u -> ordered("code", u.code(), "received", u.received())).toList());
        out.put("counts", counts(p.counts()));
        out.put("national", national(p.national()));
        out.put("nationalPoints", points(p.nationalPoints()));
        return out;
    }

    private static Map<String, Object> counts(Counts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("onlineChannel", c.onlineChannel());
        out.put("eauthPassed", c.eauthPassed());
        out.put("atPortal", c.atPortal());
        out.put("finished", c.finished());
        out.put("onTime", c.onTime());
        out.put("held", c.held());
        out.put("procedures", c.procedures());
        out.put("proceduresLevel34", c.level34());
        out.put("proceduresIntegrated", c.integrated());
        return out;
    }

    private static Map<String, Object> gaps(ComplianceReport r, boolean english) {
        Gaps g = r.gaps();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("procedures", g.procedures().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agency", p.agency());
            m.put("maTthc", p.maTthc());
            m.put("tenTthc", p.tenTthc());
            m.put("why", Labels.why(p.why(), english));
            m.put("whyCode", p.why().name());
            return m;
        }).toList());
        Map<String, Object> eauth = new LinkedHashMap<>();
        eauth.put("province", g.eauthByReason());
        eauth.put("agencies", g.eauth().stream().map(a -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("agency", a.agency());
            m.put("total", a.total());
            m.put("byReason", a.byReason());
            return m;
        }).toList());
        out.put("eauthFailures", eauth);
        Map<String, Object> held = new LinkedHashMap<>();
        held.put("total", g.heldTotal());
        held.put("shown", g.held().size());
        held.put("items", heldItems(g.held()));
        out.put("held", held);
        return out;
    }

    private static List<Map<String, Object>> heldItems(List<Gaps.HeldDossier> held) {
        return held.stream().map(h -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("maHoSo", h.maHoSo());
            m.put("agency", h.agency());
            m.put("maTthc", h.maTthc());
            m.put("reason", h.reason());
            return m;
        }).toList();
    }

    /** A map that keeps its keys in the order given: key, value, key, value... */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
