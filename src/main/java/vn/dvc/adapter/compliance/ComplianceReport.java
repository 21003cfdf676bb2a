package vn.dvc.adapter.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The province's indicators (domain.md §6) over dossiers received from {@code from} to {@code to}
 * inclusive, local time. Shares are 0..1 and rounded only when rendered.
 *
 * @param agencies the configured agencies, in configuration order
 * @param names    every configured agency's name by code, those dissolved before the period's end too (a dossier
 *                 or a procedure still carries their codes)
 */
public record ComplianceReport(LocalDate from, LocalDate to, Instant generatedAt, ProvinceFigures province,
                               List<AgencyFigures> agencies, Gaps gaps, Map<String, String> names) {

    public ComplianceReport {
        names = names == null ? Map.of() : Map.copyOf(names);
    }

    /** Dossier dates are local wall-clock times of the province. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public Optional<AgencyFigures> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The configured name of an agency, current or dissolved, or its code when it is not configured. */
    String nameOf(String code) {
        return agency(code).map(AgencyFigures::name).orElse(names.getOrDefault(code, code));
    }

    /** The agencies tier by tier (departments, districts, communes, then others), each by rank, the unranked last. */
    public List<AgencyFigures> byRank() {
        return Ranking.tiers(agencies).stream().flatMap(tier -> Ranking.ofTier(agencies, tier).stream()).toList();
    }
}
