package vn.dvc.adapter.compliance;

import java.util.Map;

/**
 * One national indicator of domain.md §8 for one agency or the province: its counts, share, points
 * and maximum. An indicator whose inputs are missing carries the reason in {@code unknown} and no
 * share or points, never 0.
 *
 * @param share     0..1; for 3.3 the online share times the sync ratio, so not numerator ÷ denominator
 * @param threshold the share at which the maximum is reached (100% where DVCQG sets none: {@code Targets.NationalScore})
 * @param max       configured maximum points; null when none is configured (points are then unknown too)
 * @param unknown   null, or why the indicator cannot be computed ({@link Unknown})
 * @param parts     named sub-shares: 3.1's toàn trình and một phần, 3.3's in-person and postal shares
 */
public record NationalIndicator(String id, long numerator, long denominator, Double share, Double points, Double max,
                                Double threshold, Unknown unknown, Map<String, Part> parts) {

    /** Why an indicator has no value. */
    public enum Unknown {
        /** Nothing to divide by: no dossier (or procedure) in the period. */
        NO_DATA,
        /** The ledger rows predate the national facts (V7): refill them. */
        NO_FACTS,
        /** No procedure of the catalogue says whether its result is a paper document. */
        NO_PAPER_ATTRIBUTE,
        /** No procedure says whether it bears fees. */
        NO_FEE_ATTRIBUTE,
        /** No procedure says whether it is eligible for toàn trình. */
        NO_ELIGIBILITY
    }

    /** A share within an indicator, e.g. 3.3's postal share. */
    public record Part(long numerator, long denominator, Double share, Unknown unknown) {

        static Part of(long numerator, long denominator) {
            return new Part(numerator, denominator, Counts.ratio(numerator, denominator),
                    denominator == 0 ? Unknown.NO_DATA : null);
        }
    }

    /** Points missing to the maximum; null when unknown. */
    public Double shortfall() {
        return points == null || max == null ? null : max - points;
    }

    /** Meets its threshold; null when unknown. */
    public Boolean meets() {
        return share == null ? null : share >= threshold - Indicator.TOLERANCE;
    }
}
