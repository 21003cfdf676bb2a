package vn.dvc.adapter.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The province's indicators (domain.md §6) over dossiers received from {@code from} to {@code to}
 * inclusive, local time. Shares are 0..1 and rounded only when rendered.
 *
 * @param agencies the configured agencies, in configuration order
 */
public record ComplianceReport(LocalDate from, LocalDate to, Instant generatedAt, ProvinceFigures province,
                               List<AgencyFigures> agencies, Gaps gaps) {

    /** Dossier dates are local wall-clock times of the province. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    public Optional<AgencyFigures> agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The configured name of an agency, or its code when it is not configured. */
    String nameOf(String code) {
        return agency(code).map(AgencyFigures::name).orElse(code);
    }
}
