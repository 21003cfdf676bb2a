package vn.dvc.adapter.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import vn.dvc.adapter.system.Targets;

/**
 * Computes the province's indicators (domain.md §6) from the ledger and the catalogue. Agencies
 * and targets come only from {@code adapter.targets}; dossiers of other agencies count in the
 * province totals and are named in a note.
 */
@Service
public class ComplianceService {

    private final LedgerFigures ledger;
    private final Targets targets;

    public ComplianceService(LedgerFigures ledger, Targets targets) {
        this.ledger = ledger;
        this.targets = targets;
    }

    /**
     * The report over dossiers received from {@code from} to {@code to}, both days included. One
     * repeatable-read transaction, so that a sync running meanwhile cannot make the queries disagree.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ComplianceReport report(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        Map<String, Counts> dossiers = ledger.dossiers(from, to);
        Map<String, Counts> byAgency = new HashMap<>(dossiers);
        ledger.procedures().forEach((code, c) -> byAgency.merge(code, c, Counts::plus));

        List<AgencyFigures> agencies = new ArrayList<>();
        Set<String> configured = new HashSet<>();
        for (Targets.Agency a : targets.agencies()) {
            if (configured.add(a.code())) {
                agencies.add(new AgencyFigures(a.code(), a.name() == null ? a.code() : a.name(),
                        a.tier() == null ? Ranking.DEPARTMENT : a.tier(),
                        a.onlineShare(), byAgency.getOrDefault(a.code(), Counts.ZERO), null));
            }
        }
        agencies = Ranking.rank(agencies);

        Counts total = byAgency.values().stream().reduce(Counts.ZERO, Counts::plus);
        List<ProvinceFigures.UnconfiguredAgency> unconfigured = dossiers.entrySet().stream()
                .filter(e -> !configured.contains(e.getKey()) && e.getValue().received() > 0)
                .map(e -> new ProvinceFigures.UnconfiguredAgency(e.getKey(), e.getValue().received()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        ProvinceFigures province = new ProvinceFigures(total, targets.province(), tally(agencies),
                ledger.quarantinedNotCounted(from, to), unconfigured);

        List<String> order = agencies.stream().map(AgencyFigures::code).toList();
        Gaps gaps = new Gaps(byAgencyOrder(ledger.procedureGaps(), order), eauth(ledger.eauthFailures(from, to), order),
                ledger.held(from, to, Gaps.HELD_SHOWN), total.held());
        return new ComplianceReport(from, to, Instant.now().truncatedTo(ChronoUnit.SECONDS), province, agencies, gaps);
    }

    private static List<ProvinceFigures.TierTally> tally(List<AgencyFigures> agencies) {
        return Ranking.tiers(agencies).stream().map(tier -> {
            List<AgencyFigures> of = Ranking.ofTier(agencies, tier);
            return new ProvinceFigures.TierTally(tier, of.size(), (int) of.stream().filter(AgencyFigures::meetsTarget).count());
        }).toList();
    }

    /** Configured agencies first, in configuration order, then the others by code; stable within an agency. */
    private static List<Gaps.ProcedureGap> byAgencyOrder(List<Gaps.ProcedureGap> gaps, List<String> order) {
        return gaps.stream().sorted((a, b) -> compareAgencies(a.agency(), b.agency(), order)).toList();
    }

    private static List<Gaps.EAuthFailures> eauth(Map<String, Map<String, Long>> failures, List<String> order) {
        Map<String, Map<String, Long>> sorted = new LinkedHashMap<>();
        failures.keySet().stream().sorted((a, b) -> compareAgencies(a, b, order))
                .forEach(code -> sorted.put(code, Gaps.sortedByCount(failures.get(code))));
        return sorted.entrySet().stream().map(e -> new Gaps.EAuthFailures(e.getKey(), e.getValue())).toList();
    }

    private static int compareAgencies(String a, String b, List<String> order) {
        int ia = order.indexOf(a);
        int ib = order.indexOf(b);
        if (ia >= 0 || ib >= 0) {
            return Integer.compare(ia < 0 ? Integer.MAX_VALUE : ia, ib < 0 ? Integer.MAX_VALUE : ib);
        }
        return a.compareTo(b);
    }
}
