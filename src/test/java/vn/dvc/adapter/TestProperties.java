package vn.dvc.adapter;

import java.net.URI;
import java.time.Duration;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ChecksSettings;
import vn.dvc.adapter.system.LedgerSettings;
import vn.dvc.adapter.system.PortalSettings;
import vn.dvc.adapter.system.SsoSettings;

/** Settings for unit tests that build beans by hand. */
public final class TestProperties {

    public static final String ISSUER = "https://sso.test";
    public static final String AUDIENCE = "motcua";

    private TestProperties() {
    }

    public static AdapterProperties sso(String jwksUrl) {
        return of(new SsoSettings(URI.create(jwksUrl), ISSUER, AUDIENCE, "LoA2", Duration.ofMinutes(2), List.of("RS256", "ES256"),
                Duration.ZERO), new ChecksSettings("send", null));
    }

    /**
     * Settings made of these groups (a {@code SourceSettings}, a {@code ChecksSettings}, …, each in its place
     * whatever the order), every other group with its defaults, as binding would leave it.
     */
    public static AdapterProperties of(Object... groups) {
        Map<Class<?>, Object> byType = new HashMap<>();
        for (Object group : groups) {
            byType.put(group.getClass(), group);
        }
        RecordComponent[] parts = AdapterProperties.class.getRecordComponents();
        Object[] args = new Object[parts.length];
        for (int i = 0; i < parts.length; i++) {
            args[i] = byType.remove(parts[i].getType());
        }
        if (!byType.isEmpty()) {
            throw new IllegalArgumentException("not a group of AdapterProperties: " + byType.keySet());
        }
        try {
            return AdapterProperties.class.getDeclaredConstructor(
                    Arrays.stream(parts).map(RecordComponent::getType).toArray(Class<?>[]::new)).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A portal kept to {@code maxCallsPerSecond} (0: no limit of our own), the rest as the binder leaves it. */
    public static AdapterProperties portalRate(double maxCallsPerSecond) {
        return of(new PortalSettings(null, null, null, null, null, null, maxCallsPerSecond));
    }

    /** The tests' ledger key (a system property of the surefire JVM, pom.xml), for beans built by hand. */
    public static final String LEDGER_KEY = "sFwb78QbEYf2tvgwTRx4uJ/2a6r/RffQ2iPEHRG2fBU=";

    public static AdapterProperties ledgerKey(String keyId, String key, java.util.Map<String, String> previous) {
        return of(new LedgerSettings(false, new LedgerSettings.Encryption(key, keyId, previous), null));
    }

    /** A cipher with the tests' key, as the contexts of the tests have it. */
    /** The application's messages (messages.properties, Vietnamese; messages_en), as Spring reads them. */
    public static org.springframework.context.support.ResourceBundleMessageSource messages() {
        var m = new org.springframework.context.support.ResourceBundleMessageSource();
        m.setBasename("messages");
        m.setDefaultEncoding("UTF-8");
        m.setFallbackToSystemLocale(false);
        return m;
    }

    public static vn.dvc.adapter.ledger.LedgerCipher cipher() {
        return new vn.dvc.adapter.ledger.LedgerCipher(ledgerKey("test1", LEDGER_KEY, null));
    }
}
