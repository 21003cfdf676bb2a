package vn.dvc.adapter.compliance;

import java.util.function.Function;

import vn.dvc.adapter.system.Targets;

/** The indicators of domain.md §6, with their JSON key and the province's target for each. */
public enum Indicator {

    ONLINE_SHARE("onlineShare", Counts::onlineShare, t -> t.onlineShare()),
    INTEGRATION_COVERAGE("integrationCoverage", Counts::integrationCoverage, t -> t.integration()),
    EAUTH_RATE("eauthRate", Counts::eauthRate, t -> t.eauth()),
    ONLINE_ELIGIBLE_SHARE("onlineEligibleShare", Counts::onlineEligibleShare, t -> t.onlineEligible()),
    SYNC_RATIO("syncRatio", Counts::syncRatio, t -> t.sync()),
    ON_TIME_RATE("onTimeRate", Counts::onTimeRate, t -> null);

    /** Shares are compared with this slack so that 51/100 meets a target of 0.51. */
    static final double TOLERANCE = 1e-9;

    private final String key;
    private final Function<Counts, Double> value;
    private final Function<Targets.Province, Double> target;

    Indicator(String key, Function<Counts, Double> value, Function<Targets.Province, Double> target) {
        this.key = key;
        this.value = value;
        this.target = target;
    }

    /** The JSON key, the same for an agency and for the province. */
    public String key() {
        return key;
    }

    public Double of(Counts counts) {
        return value.apply(counts);
    }

    /** The province's target, or null when the indicator has none (on time). */
    public Double target(Targets.Province targets) {
        return target.apply(targets);
    }

    /** No data never meets a target. */
    static boolean meets(Double value, double target) {
        return value != null && value >= target - TOLERANCE;
    }
}
