package vn.dvc.adapter.compliance;

import java.util.Map;

/**
 * What an agency's figures and the province's share: the shares of domain.md §6 derived from their
 * {@link Counts}, and the points of the national indicators (§8) they were scored.
 */
public interface Figures {

    Counts counts();

    Map<String, NationalIndicator> national();

    /** Points and maximum over the national indicators computed. */
    default double[] nationalPoints() {
        return NationalScoring.points(national());
    }

    default long received() {
        return counts().received();
    }

    default long online() {
        return counts().online();
    }

    default Double onlineShare() {
        return counts().onlineShare();
    }

    default Double integrationCoverage() {
        return counts().integrationCoverage();
    }

    default Double eauthRate() {
        return counts().eauthRate();
    }

    default Double onlineEligibleShare() {
        return counts().onlineEligibleShare();
    }

    default Double syncRatio() {
        return counts().syncRatio();
    }

    default Double onTimeRate() {
        return counts().onTimeRate();
    }
}
