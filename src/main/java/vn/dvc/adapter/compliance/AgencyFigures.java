package vn.dvc.adapter.compliance;

/**
 * One configured agency's indicators over the period.
 *
 * @param tier   "department" or "district" (as configured)
 * @param target the agency's online-share target, 0..1
 * @param rank   competition rank by online share within its tier; null when it received nothing
 */
public record AgencyFigures(String code, String name, String tier, double target, Counts counts, Integer rank) {

    AgencyFigures withRank(Integer newRank) {
        return new AgencyFigures(code, name, tier, target, counts, newRank);
    }

    public long received() {
        return counts.received();
    }

    public long online() {
        return counts.online();
    }

    public Double onlineShare() {
        return counts.onlineShare();
    }

    public boolean meetsTarget() {
        return Indicator.meets(onlineShare(), target);
    }

    public Double integrationCoverage() {
        return counts.integrationCoverage();
    }

    public Double eauthRate() {
        return counts.eauthRate();
    }

    public Double onlineEligibleShare() {
        return counts.onlineEligibleShare();
    }

    public Double syncRatio() {
        return counts.syncRatio();
    }

    public Double onTimeRate() {
        return counts.onTimeRate();
    }
}
