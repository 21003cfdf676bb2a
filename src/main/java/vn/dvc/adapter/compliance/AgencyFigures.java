package vn.dvc.adapter.compliance;

import java.util.Map;

/**
 * One configured agency's indicators over the period: the province's (domain.md §6) and DVCQG's (§8).
 *
 * @param tier     "department", "district", "commune" or another configured tier
 * @param target   the agency's online-share target, 0..1
 * @param rank     competition rank by online share within its tier; null when it received nothing
 * @param national the national indicators by id ("1.4", "2.1", …)
 */
public record AgencyFigures(String code, String name, String tier, double target, Counts counts, Integer rank,
                            Map<String, NationalIndicator> national) implements Figures {

    AgencyFigures(String code, String name, String tier, double target, Counts counts, Integer rank) {
        this(code, name, tier, target, counts, rank, Map.of());
    }

    AgencyFigures withRank(Integer newRank) {
        return new AgencyFigures(code, name, tier, target, counts, newRank, national);
    }

    /** The indicator that costs the agency the most points, or null. */
    public NationalIndicator holdsBack() {
        return NationalScoring.holdsBack(national);
    }

    public boolean meetsTarget() {
        return Indicator.meets(onlineShare(), target);
    }
}
