package vn.dvc.adapter.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final NationalLedger nationalLedger;
    private final Targets targets;
    private final NationalScoring scoring;

    public ComplianceService(LedgerFigures ledger, NationalLedger nationalLedger, Targets targets) {
        this.ledger = ledger;
        this.nationalLedger = nationalLedger;
        this.targets = targets;
        this.scoring = new NationalScoring(targets);
    }

    /** The days a report can cover: years like +99999 overflowed the ledger's timestamps (a 500). */
    public static final LocalDate FIRST = LocalDate.of(1990, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2099, 12, 31);

    public static boolean reportable(LocalDate day) {
        return !day.isBefore(FIRST) && !day.isAfter(LAST);
    }

    /**
     * The report over dossiers received from {@code from} to {@code to}, both days included, with the
     * agencies as they stand on {@code to} (a dissolved agency's dossiers under its successor). One
     * repeatable-read transaction, so that a sync running meanwhile cannot make the queries disagree.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ComplianceReport report(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        AgencyTree tree = new AgencyTree(targets.agencies(), to);
        Map<String, Counts> dossiers = tree.regroup(ledger.dossiers(from, to), Counts::plus);
        Map<String, Counts> byAgency = new HashMap<>(dossiers);
        // a catalogue lists procedures of agencies that exist now: those of dissolved ones count for nobody
        ledger.procedures().forEach((code, c) -> {
            if (tree.isCurrent(code) || !tree.configured(code)) {
                byAgency.merge(code, c, Counts::plus);
            }
        });
        Map<String, NationalCounts> national = national(tree, from, to);

        List<AgencyFigures> agencies = new ArrayList<>();
        for (Targets.Agency a : tree.current()) {
            NationalCounts n = national.getOrDefault(a.code(), NationalCounts.ZERO);
            agencies.add(new AgencyFigures(a.code(), a.name() == null ? a.code() : a.name(),
                    a.tier() == null ? Ranking.DEPARTMENT : a.tier(),
                    a.onlineShare(), byAgency.getOrDefault(a.code(), Counts.ZERO), null, scoring.score(n)));
        }
        agencies = Ranking.rank(agencies);

        Counts total = byAgency.values().stream().reduce(Counts.ZERO, Counts::plus);
        NationalCounts nationalTotal = national.values().stream().reduce(NationalCounts.ZERO, NationalCounts::plus);
        List<ProvinceFigures.UnconfiguredAgency> unconfigured = dossiers.entrySet().stream()
                .filter(e -> !tree.isCurrent(e.getKey()) && e.getValue().received() > 0)
                .map(e -> new ProvinceFigures.UnconfiguredAgency(e.getKey(), e.getValue().received()))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
        ProvinceFigures province = new ProvinceFigures(total, targets.province(), tally(agencies),
                ledger.quarantinedNotCounted(from, to), unconfigured, scoring.score(nationalTotal));

        List<String> order = agencies.stream().map(AgencyFigures::code).toList();
        Gaps gaps = new Gaps(byAgencyOrder(ledger.procedureGaps(), order), eauth(ledger.eauthFailures(from, to), order),
                ledger.held(from, to, Gaps.HELD_SHOWN), total.held());
        Map<String, String> names = new HashMap<>();
        targets.agencies().stream().filter(a -> a.name() != null).forEach(a -> names.putIfAbsent(a.code(), a.name()));
        return new ComplianceReport(from, to, Instant.now().truncatedTo(ChronoUnit.SECONDS), province, agencies, gaps, names);
    }

    /** The latest day a dossier was received, or null when none was: where the console opens. */
    @Transactional(readOnly = true)
    public LocalDate latestReceived() {
        return ledger.latestReceived();
    }

    /** The national counts per agency of the period's tree; procedures only of agencies that exist then. */
    private Map<String, NationalCounts> national(AgencyTree tree, LocalDate from, LocalDate to) {
        LocalDateTime end = to.plusDays(1).atStartOfDay();
        LocalDateTime now = LocalDateTime.now(ComplianceReport.ZONE);
        Map<String, NationalCounts> out = tree.regroup(nationalLedger.received(from, to), NationalCounts::plus);
        tree.regroup(nationalLedger.timeliness(from, to, now.isBefore(end) ? now : end), NationalCounts::plus)
                .forEach((code, c) -> out.merge(code, c, NationalCounts::plus));
        nationalLedger.procedures().forEach((code, c) -> {
            if (tree.isCurrent(code) || !tree.configured(code)) {
                out.merge(code, c, NationalCounts::plus);
            }
        });
        return out;
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
