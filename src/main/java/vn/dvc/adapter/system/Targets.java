package vn.dvc.adapter.system;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The province's targets (domain.md §1, §6) and its agencies, under {@code adapter.targets}:
 * configuration, because provinces reorganise. An operator can pass a file of them with
 * {@code --spring.config.additional-location}.
 */
@ConfigurationProperties("adapter.targets")
public record Targets(@DefaultValue Province province, @DefaultValue List<Agency> agencies) {

    /** Province-wide targets, as shares between 0 and 1. */
    public record Province(@DefaultValue("0.50") double onlineShare, @DefaultValue("1.0") double integration,
                           @DefaultValue("1.0") double eauth, @DefaultValue("0.80") double onlineEligible,
                           @DefaultValue("1.0") double sync) {}

    /** An agency that receives dossiers: a department ("sở, ban, ngành") or a district ("UBND huyện"). */
    public record Agency(String code, String name, @DefaultValue("department") String tier,
                         @DefaultValue("0.51") double onlineShare) {}

    public Agency agency(String code) {
        return agencies.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }
}
