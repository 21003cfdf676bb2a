package vn.dvc.adapter;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import vn.dvc.adapter.system.AdapterProperties;

/** Settings for unit tests that build beans by hand. */
public final class TestProperties {

    public static final String ISSUER = "https://sso.test";
    public static final String AUDIENCE = "motcua";

    private TestProperties() {
    }

    public static AdapterProperties sso(String jwksUrl) {
        return new AdapterProperties(null, null, null,
                new AdapterProperties.Sso(URI.create(jwksUrl), ISSUER, AUDIENCE, "LoA2", Duration.ofMinutes(2),
                        List.of("RS256", "ES256"), Duration.ZERO),
                new AdapterProperties.Checks("send", null), null, null);
    }
}
