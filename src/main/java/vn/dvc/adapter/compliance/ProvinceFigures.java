package vn.dvc.adapter.compliance;

import java.util.List;
import java.util.Map;

import vn.dvc.adapter.system.Targets;

/**
 * The province's indicators over every counted dossier (configured agencies or not), its targets
 * and the counts a reader needs to trust them.
 *
 * @param tiers                 per tier, how many agencies met their online-share target
 * @param quarantinedNotCounted quarantined records whose status or reception date is unreadable,
 *                              so that no indicator can count them
 * @param unconfigured          agencies that received dossiers in the period but are not configured
 */
public record ProvinceFigures(Counts counts, Targets.Province targets, List<TierTally> tiers,
                              long quarantinedNotCounted, List<UnconfiguredAgency> unconfigured,
                              Map<String, NationalIndicator> national) implements Figures {

    public ProvinceFigures(Counts counts, Targets.Province targets, List<TierTally> tiers, long quarantinedNotCounted,
                           List<UnconfiguredAgency> unconfigured) {
        this(counts, targets, tiers, quarantinedNotCounted, unconfigured, Map.of());
    }

    /** How many agencies of a tier met their online-share target. */
    public record TierTally(String tier, int agencies, int meetingTarget) {}

    /** An agency code found in the ledger but not in {@code adapter.targets.agencies}. */
    public record UnconfiguredAgency(String code, long received) {}

    public Double value(Indicator indicator) {
        return indicator.of(counts);
    }

    /** Null when the indicator has no target. */
    public Double target(Indicator indicator) {
        return indicator.target(targets);
    }

    /** Null when the indicator has no target. */
    public Boolean meets(Indicator indicator) {
        Double target = target(indicator);
        return target == null ? null : Indicator.meets(value(indicator), target);
    }

    public long held() {
        return counts.held();
    }
}
