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
                new AdapterProperties.Checks("send", null), null, null, null, null, null, null, null, null);
    }

    /** A portal kept to {@code maxCallsPerSecond} (0: no limit of our own), the rest as the binder leaves it. */
    public static AdapterProperties portalRate(double maxCallsPerSecond) {
        return new AdapterProperties(null, new AdapterProperties.Portal(null, null, null, null, null, null, maxCallsPerSecond),
                null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The tests' ledger key (a system property of the surefire JVM, pom.xml), for beans built by hand. */
    public static final String LEDGER_KEY = "sFwb78QbEYf2tvgwTRx4uJ/2a6r/RffQ2iPEHRG2fBU=";

    public static AdapterProperties ledgerKey(String keyId, String key, java.util.Map<String, String> previous) {
        return new AdapterProperties(null, null, null, null, null, null, null,
                new AdapterProperties.Ledger(false, new AdapterProperties.Encryption(key, keyId, previous), null), null,
                null, null, null, null);
    }

    /** A cipher with the tests' key, as the contexts of the tests have it. */
    public static vn.dvc.adapter.ledger.LedgerCipher cipher() {
        return new vn.dvc.adapter.ledger.LedgerCipher(ledgerKey("test1", LEDGER_KEY, null));
    }
}
