package vn.dvc.adapter.compliance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What keeps the indicators below target, for the people who can fix it.
 *
 * @param procedures   level 3/4 procedures not integrated on DVCQG, by agency then code
 * @param eauth        e-authentication failures of received online dossiers, per agency and reason
 * @param held         held dossiers received in the period, at most {@link #HELD_SHOWN}
 * @param heldTotal    all held dossiers received in the period
 */
public record Gaps(List<ProcedureGap> procedures, List<EAuthFailures> eauth, List<HeldDossier> held, long heldTotal) {

    public static final int HELD_SHOWN = 1000;

    /** Why a level 3/4 procedure is not integrated. */
    public enum Why {
        /** DVCQG does not list the procedure for the agency. */
        NOT_LISTED,
        /** DVCQG lists it with {@code TichHop} false. */
        NOT_INTEGRATED
    }

    public record ProcedureGap(String agency, String maTthc, String tenTthc, Why why) {}

    /** One agency's failures by reason code ({@code EAuthVerifier}'s), most frequent first. */
    public record EAuthFailures(String agency, Map<String, Long> byReason) {
        public long total() {
            return byReason.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    public record HeldDossier(String maHoSo, String agency, String maTthc, String reason) {}

    /** The province's failures by reason, most frequent first. */
    public Map<String, Long> eauthByReason() {
        Map<String, Long> sum = new LinkedHashMap<>();
        eauth.forEach(a -> a.byReason().forEach((reason, n) -> sum.merge(reason, n, Long::sum)));
        return sortedByCount(sum);
    }

    static Map<String, Long> sortedByCount(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
