package vn.dvc.adapter.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Ranks agencies within their tier by online share, the way the province ranks them. */
final class Ranking {

    static final String DEPARTMENT = "department";
    static final String DISTRICT = "district";
    static final String COMMUNE = "commune";

    private Ranking() {
    }

    /**
     * Competition ranking (1, 2, 2, 4) within each tier by online share, highest first; an agency
     * that received nothing has no share and no rank. Shares are compared as exact fractions so
     * that 1/2 and 2/4 tie. The list keeps its order.
     */
    static List<AgencyFigures> rank(List<AgencyFigures> agencies) {
        List<AgencyFigures> out = new ArrayList<>(agencies.size());
        for (AgencyFigures a : agencies) {
            Integer rank = null;
            if (a.received() > 0) {
                rank = 1 + (int) agencies.stream()
                        .filter(b -> b.tier().equals(a.tier()) && b.received() > 0 && BY_SHARE.compare(b, a) < 0)
                        .count();
            }
            out.add(a.withRank(rank));
        }
        return out;
    }

    /** Higher online share first; ties compare equal. Only for agencies that received dossiers. */
    static final Comparator<AgencyFigures> BY_SHARE = (a, b) -> Long.compare(
            Math.multiplyExact(b.online(), a.received()), Math.multiplyExact(a.online(), b.received()));

    /** Ranked agencies first by rank, then the unranked in their configured order. */
    static final Comparator<AgencyFigures> BY_RANK = Comparator.comparing(AgencyFigures::rank,
            Comparator.nullsLast(Comparator.naturalOrder()));

    /** Departments, districts, communes, then any other configured tier in order of appearance. */
    static List<String> tiers(List<AgencyFigures> agencies) {
        Set<String> tiers = new LinkedHashSet<>(List.of(DEPARTMENT, DISTRICT, COMMUNE));
        agencies.forEach(a -> tiers.add(a.tier()));
        return tiers.stream().filter(t -> agencies.stream().anyMatch(a -> a.tier().equals(t))).toList();
    }

    /** One tier's agencies, ordered by rank. */
    static List<AgencyFigures> ofTier(List<AgencyFigures> agencies, String tier) {
        return agencies.stream().filter(a -> a.tier().equals(tier)).sorted(BY_RANK).toList();
    }
}
