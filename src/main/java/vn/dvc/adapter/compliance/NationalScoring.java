package vn.dvc.adapter.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.compliance.NationalIndicator.Part;
import vn.dvc.adapter.compliance.NationalIndicator.Unknown;
import vn.dvc.adapter.system.Targets;

/**
 * DVCQG's scoring (Decision 766, domain.md §8) from the raw counts: each indicator's share and its
 * points, share × maximum ÷ threshold below the threshold and the maximum at or above it.
 */
final class NationalScoring {

    /** The indicators the adapter's data can support, in DVCQG's order. */
    static final List<String> IDS = List.of("1.4", "2.1", "3.1", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "5.4");

    private final Targets targets;

    NationalScoring(Targets targets) {
        this.targets = targets;
    }

    /** Every indicator of {@link #IDS}, keyed by id in that order. */
    Map<String, NationalIndicator> score(NationalCounts c) {
        Map<String, NationalIndicator> out = new LinkedHashMap<>();
        Unknown facts = facts(c);
        out.put("1.4", indicator("1.4", c.synced(), c.received(), null, Map.of()));
        out.put("2.1", indicator("2.1", c.onTime(), c.due(), null, Map.of()));
        Map<String, Part> services = new LinkedHashMap<>();
        services.put("toanTrinh", c.eligibleKnown() == 0 && c.procedures() > 0
                ? new Part(c.eligibleToanTrinh(), c.eligible(), null, Unknown.NO_ELIGIBILITY)
                : Part.of(c.eligibleToanTrinh(), c.eligible()));
        services.put("motPhan", Part.of(c.level34() - c.toanTrinh(), c.procedures()));
        out.put("3.1", indicator("3.1", c.level34(), c.procedures(), null, services));
        Map<String, Part> channels = new LinkedHashMap<>();
        channels.put("inPerson", Part.of(c.inPerson(), c.received()));
        channels.put("postal", Part.of(c.postal(), c.received()));
        Double sync = Counts.ratio(c.synced(), c.received());
        Double online = Counts.ratio(c.onlineScored(), c.received());
        out.put("3.3", scored("3.3", c.onlineScored(), c.received(), online == null || sync == null ? null : online * sync,
                first(facts, paper(c)), channels));
        out.put("3.6", indicator("3.6", c.paidOnline(), c.feeBearing(),
                first(facts, c.received() > 0 && c.feeKnown() == 0 ? Unknown.NO_FEE_ATTRIBUTE : null), Map.of()));
        out.put("4.1", indicator("4.1", c.paperWithFile(), c.paper(), first(facts, paper(c)), Map.of()));
        out.put("4.2", indicator("4.2", c.digitised(), c.received(), first(facts, paper(c)), Map.of()));
        out.put("4.3", indicator("4.3", c.reused(), c.received(), facts, Map.of()));
        out.put("4.4", indicator("4.4", c.fromStore(), c.received(), facts, Map.of()));
        out.put("4.5", indicator("4.5", c.population(), c.received(), facts, Map.of()));
        // complaints and dislikes live on DVCQG: only the late part is known here, so this is an upper bound
        out.put("5.4", indicator("5.4", c.onTime(), c.due(), null, Map.of()));
        return out;
    }

    /** Points over the indicators computed (known share and configured maximum), and the maxima. */
    static double[] points(Map<String, NationalIndicator> national) {
        double points = 0;
        double max = 0;
        for (NationalIndicator i : national.values()) {
            if (i.points() != null) {
                points += i.points();
                max += i.max();
            }
        }
        return new double[] {points, max};
    }

    /** The indicator that costs the most points, or null when none falls short. */
    static NationalIndicator holdsBack(Map<String, NationalIndicator> national) {
        NationalIndicator worst = null;
        for (NationalIndicator i : national.values()) {
            Double gap = i.shortfall();
            if (gap != null && gap > 1e-9 && (worst == null || gap > worst.shortfall())) {
                worst = i;
            }
        }
        return worst;
    }

    private NationalIndicator indicator(String id, long numerator, long denominator, Unknown unknown, Map<String, Part> parts) {
        return scored(id, numerator, denominator, Counts.ratio(numerator, denominator), unknown, parts);
    }

    private NationalIndicator scored(String id, long numerator, long denominator, Double share, Unknown unknown,
                                     Map<String, Part> parts) {
        Targets.NationalScore score = targets.national(id);
        Unknown why = unknown != null ? unknown : share == null ? Unknown.NO_DATA : null;
        Double value = why == null ? share : null;
        Double points = value == null || score.max() == null ? null : points(value, score.threshold(), score.max());
        return new NationalIndicator(id, numerator, denominator, value, points, score.max(), score.threshold(), why, parts);
    }

    static double points(double share, double threshold, double max) {
        return share >= threshold - Indicator.TOLERANCE ? max : share * max / threshold;
    }

    /** No received dossier has the national facts: the ledger predates them. */
    private static Unknown facts(NationalCounts c) {
        return c.received() > 0 && c.withFacts() == 0 ? Unknown.NO_FACTS : null;
    }

    private static Unknown paper(NationalCounts c) {
        return c.received() > 0 && c.paperKnown() == 0 ? Unknown.NO_PAPER_ATTRIBUTE : null;
    }

    private static Unknown first(Unknown a, Unknown b) {
        return a != null ? a : b;
    }
}
