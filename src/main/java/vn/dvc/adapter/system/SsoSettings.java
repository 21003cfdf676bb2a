package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.atLeast;
import static vn.dvc.adapter.system.SettingProblems.has;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.sso.*}: the identity provider whose ID tokens prove an online applicant (domain.md §5):
 * its JWKS, the expected issuer, the one-stop system's client id as audience, the minimum assurance
 * level, the clock skew allowed around the submission time, the allowed algorithms, and how soon the
 * JWKS may be fetched again for a key it does not hold ({@code jwksMinRefresh}: a flood of unknown key
 * ids costs one fetch per this interval).
 */
public record SsoSettings(URI jwksUrl, String issuer, String audience, @DefaultValue("LoA2") String minAcr,
                          @DefaultValue("PT2M") Duration skew, @DefaultValue({"RS256", "ES256"}) List<String> algorithms,
                          @DefaultValue("PT1M") Duration jwksMinRefresh) {

    public void problems(List<String> out) {
        require(out, jwksUrl != null, "adapter.sso.jwks-url", "is not set");
        require(out, has(issuer), "adapter.sso.issuer", "is not set");
        require(out, has(audience), "adapter.sso.audience", "is not set");
        require(out, minAcr != null && minAcr.matches("LoA\\d"), "adapter.sso.min-acr", "must be LoA1..LoA4, is " + minAcr);
        atLeast(out, skew, Duration.ZERO, "adapter.sso.skew");
        require(out, algorithms != null && !algorithms.isEmpty() && algorithms.stream().allMatch(a -> a.matches("[RPE]S(256|384|512)")),
                "adapter.sso.algorithms", "must name signature algorithms such as RS256, ES256, is " + algorithms);
        atLeast(out, jwksMinRefresh, Duration.ZERO, "adapter.sso.jwks-min-refresh");
    }
}
