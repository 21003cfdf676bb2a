package vn.dvc.adapter.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.system.Targets;

/**
 * The configured agencies as they stand on one day (domain.md §7): a report over a period uses the
 * tree of the period's last day, so a period after a merger shows the merged agencies and counts a
 * dissolved agency's dossiers under its successor, and an earlier period shows the agencies as they
 * were. The ledger keeps the code each dossier carried; only this resolution changes.
 */
final class AgencyTree {

    /** A successor chain longer than this is a configuration loop. */
    private static final int MAX_CHAIN = 20;

    private final Map<String, Targets.Agency> byCode = new LinkedHashMap<>();
    private final List<Targets.Agency> current = new ArrayList<>();
    private final LocalDate day;

    AgencyTree(List<Targets.Agency> agencies, LocalDate day) {
        this.day = day;
        for (Targets.Agency a : agencies) {
            if (byCode.putIfAbsent(a.code(), a) == null && a.validOn(day)) {
                current.add(a);
            }
        }
    }

    /** The agencies that exist on the day, in configuration order. */
    List<Targets.Agency> current() {
        return current;
    }

    /**
     * The code of the agency a dossier filed under {@code code} counts under on the day: itself when
     * it exists then, its successor (followed as far as needed) when it was dissolved before, or the
     * code itself when it is not configured or has no successor that exists then.
     */
    String resolve(String code) {
        String at = code;
        for (int i = 0; i < MAX_CHAIN; i++) {
            Targets.Agency a = byCode.get(at);
            if (a == null || a.validOn(day)) {
                return at;   // current, or a successor code the configuration does not describe
            }
            boolean dissolved = a.validTo() != null && day.isAfter(a.validTo());
            if (!dissolved || a.successor() == null || a.successor().isBlank()) {
                return code;   // not yet founded, or dissolved without a successor: under its own code
            }
            at = a.successor();
        }
        throw new IllegalStateException("adapter.targets.agencies: successors of " + code + " form a loop");
    }

    /** Whether the code is an agency of the configuration, current or not. */
    boolean configured(String code) {
        return byCode.containsKey(code);
    }

    /** Whether the code names an agency that exists on the day. */
    boolean isCurrent(String code) {
        Targets.Agency a = byCode.get(code);
        return a != null && a.validOn(day);
    }

    /** Figures keyed by the code each dossier carried, added up under the agency they count under. */
    <T> Map<String, T> regroup(Map<String, T> byRawCode, java.util.function.BinaryOperator<T> plus) {
        Map<String, T> out = new java.util.HashMap<>();
        byRawCode.forEach((code, value) -> out.merge(resolve(code), value, plus));
        return out;
    }
}
