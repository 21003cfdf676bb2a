package vn.dvc.adapter.compliance;

import static vn.dvc.adapter.compliance.NationalCounts.Count.DIGITISED;
import static vn.dvc.adapter.compliance.NationalCounts.Count.DUE;
import static vn.dvc.adapter.compliance.NationalCounts.Count.ELIGIBLE;
import static vn.dvc.adapter.compliance.NationalCounts.Count.ELIGIBLE_KNOWN;
import static vn.dvc.adapter.compliance.NationalCounts.Count.ELIGIBLE_TOAN_TRINH;
import static vn.dvc.adapter.compliance.NationalCounts.Count.FEE_BEARING;
import static vn.dvc.adapter.compliance.NationalCounts.Count.FEE_KNOWN;
import static vn.dvc.adapter.compliance.NationalCounts.Count.FROM_STORE;
import static vn.dvc.adapter.compliance.NationalCounts.Count.IN_PERSON;
import static vn.dvc.adapter.compliance.NationalCounts.Count.LEVEL34;
import static vn.dvc.adapter.compliance.NationalCounts.Count.ONLINE_SCORED;
import static vn.dvc.adapter.compliance.NationalCounts.Count.ON_TIME;
import static vn.dvc.adapter.compliance.NationalCounts.Count.PAID_ONLINE;
import static vn.dvc.adapter.compliance.NationalCounts.Count.PAPER;
import static vn.dvc.adapter.compliance.NationalCounts.Count.PAPER_KNOWN;
import static vn.dvc.adapter.compliance.NationalCounts.Count.PAPER_WITH_FILE;
import static vn.dvc.adapter.compliance.NationalCounts.Count.POPULATION;
import static vn.dvc.adapter.compliance.NationalCounts.Count.POSTAL;
import static vn.dvc.adapter.compliance.NationalCounts.Count.PROCEDURES;
import static vn.dvc.adapter.compliance.NationalCounts.Count.RECEIVED;
import static vn.dvc.adapter.compliance.NationalCounts.Count.REUSED;
import static vn.dvc.adapter.compliance.NationalCounts.Count.SYNCED;
import static vn.dvc.adapter.compliance.NationalCounts.Count.TOAN_TRINH;
import static vn.dvc.adapter.compliance.NationalCounts.Count.WITH_FACTS;

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
        out.put("1.4", indicator("1.4", c.get(SYNCED), c.get(RECEIVED), null, Map.of()));
        out.put("2.1", indicator("2.1", c.get(ON_TIME), c.get(DUE), null, Map.of()));
        Map<String, Part> services = new LinkedHashMap<>();
        services.put("toanTrinh", c.get(ELIGIBLE_KNOWN) == 0 && c.get(PROCEDURES) > 0
                ? new Part(c.get(ELIGIBLE_TOAN_TRINH), c.get(ELIGIBLE), null, Unknown.NO_ELIGIBILITY)
                : Part.of(c.get(ELIGIBLE_TOAN_TRINH), c.get(ELIGIBLE)));
        services.put("motPhan", Part.of(c.get(LEVEL34) - c.get(TOAN_TRINH), c.get(PROCEDURES)));
        out.put("3.1", indicator("3.1", c.get(LEVEL34), c.get(PROCEDURES), null, services));
        Map<String, Part> channels = new LinkedHashMap<>();
        channels.put("inPerson", Part.of(c.get(IN_PERSON), c.get(RECEIVED)));
        channels.put("postal", Part.of(c.get(POSTAL), c.get(RECEIVED)));
        Double sync = Counts.ratio(c.get(SYNCED), c.get(RECEIVED));
        Double online = Counts.ratio(c.get(ONLINE_SCORED), c.get(RECEIVED));
        out.put("3.3", scored("3.3", c.get(ONLINE_SCORED), c.get(RECEIVED), online == null || sync == null ? null : online * sync,
                first(facts, paper(c)), channels));
        out.put("3.6", indicator("3.6", c.get(PAID_ONLINE), c.get(FEE_BEARING),
                first(facts, c.get(RECEIVED) > 0 && c.get(FEE_KNOWN) == 0 ? Unknown.NO_FEE_ATTRIBUTE : null), Map.of()));
        out.put("4.1", indicator("4.1", c.get(PAPER_WITH_FILE), c.get(PAPER), first(facts, paper(c)), Map.of()));
        out.put("4.2", indicator("4.2", c.get(DIGITISED), c.get(RECEIVED), first(facts, paper(c)), Map.of()));
        out.put("4.3", indicator("4.3", c.get(REUSED), c.get(RECEIVED), facts, Map.of()));
        out.put("4.4", indicator("4.4", c.get(FROM_STORE), c.get(RECEIVED), facts, Map.of()));
        out.put("4.5", indicator("4.5", c.get(POPULATION), c.get(RECEIVED), facts, Map.of()));
        // complaints and dislikes live on DVCQG: only the late part is known here, so this is an upper bound
        out.put("5.4", indicator("5.4", c.get(ON_TIME), c.get(DUE), null, Map.of()));
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
        return c.get(RECEIVED) > 0 && c.get(WITH_FACTS) == 0 ? Unknown.NO_FACTS : null;
    }

    private static Unknown paper(NationalCounts c) {
        return c.get(RECEIVED) > 0 && c.get(PAPER_KNOWN) == 0 ? Unknown.NO_PAPER_ATTRIBUTE : null;
    }

    private static Unknown first(Unknown a, Unknown b) {
        return a != null ? a : b;
    }
}
