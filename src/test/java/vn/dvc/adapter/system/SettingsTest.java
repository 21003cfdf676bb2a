package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** One try names every missing or wrong setting, not the first one only. */
class SettingsTest {

    private static final List<String> REQUIRED = List.of("adapter.source.url", "adapter.portal.url", "adapter.portal.client-id",
            "adapter.portal.client-secret", "adapter.portal.username", "adapter.portal.password", "adapter.portal.madonvi",
            "adapter.sso.jwks-url", "adapter.sso.issuer", "adapter.sso.audience", "adapter.ledger.encryption.key");

    private static StandardEnvironment env(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        // only these settings: the surefire JVM carries the tests' ledger key as a system property (pom.xml)
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().addFirst(new MapPropertySource("test", settings));
        return env;
    }

    private static Map<String, Object> complete() {
        Map<String, Object> s = new HashMap<>();
        s.put("adapter.source.url", "http://127.0.0.1:8081");
        s.put("adapter.portal.url", "https://api.dichvucong.gov.vn");
        s.put("adapter.portal.client-id", "hoabinh");
        s.put("adapter.portal.client-secret", "s");
        s.put("adapter.portal.username", "u");
        s.put("adapter.portal.password", "p");
        s.put("adapter.portal.madonvi", "000.00.00.H25");
        s.put("adapter.sso.jwks-url", "http://127.0.0.1:8082/sso/jwks");
        s.put("adapter.sso.issuer", "https://sso.dichvucong.gov.vn");
        s.put("adapter.sso.audience", "motcua-hoabinh");
        s.put("adapter.ledger.encryption.key", vn.dvc.adapter.TestProperties.LEDGER_KEY);
        return s;
    }

    @Test
    void nothingSetNamesEachOfTheElevenRequiredSettings() {
        List<String> problems = Settings.problems(env(Map.of()));

        assertThat(problems).hasSize(REQUIRED.size());
        for (int i = 0; i < REQUIRED.size(); i++) {
            assertThat(problems.get(i)).startsWith(REQUIRED.get(i) + " is not set");
        }
    }

    @Test
    void aCompleteConfigurationHasNoProblem() {
        assertThat(Settings.problems(env(complete()))).isEmpty();
    }

    @Test
    void aValueThatDoesNotConvertIsNamedAlongsideTheOtherProblems() {
        Map<String, Object> s = complete();
        s.put("adapter.sync.batch-size", "abc");
        s.put("adapter.source.page-size", "0");
        s.put("adapter.portal.url", "ftp://portal");
        s.remove("adapter.sso.issuer");
        s.put("adapter.checks.eauth-failure", "drop");
        s.put("adapter.reconcile.sample", "0");

        List<String> problems = Settings.problems(env(s));

        assertThat(problems).containsExactly(
                "adapter.sync.batch-size is not a valid int, is 'abc'",
                "adapter.source.page-size must be 1..1000, is 0",
                "adapter.portal.url must be an http(s) URL, is ftp://portal",
                "adapter.sso.issuer is not set",
                "adapter.checks.eauth-failure must be send or hold, is drop",
                "adapter.reconcile.sample must be 1..100000, is 0");
    }

    @Test
    void aMissingLedgerKeyIsNamedWithTheEnvironmentVariableToSet() {
        Map<String, Object> s = complete();
        s.remove("adapter.ledger.encryption.key");

        assertThat(Settings.problems(env(s))).singleElement().asString()
                .startsWith("adapter.ledger.encryption.key is not set").contains("ADAPTER_LEDGER_ENCRYPTION_KEY");
    }

    @Test
    void aLedgerKeyOfTheWrongSizeOrAKeyIdWithAColonAreNamed() {
        Map<String, Object> s = complete();
        s.put("adapter.ledger.encryption.key", java.util.Base64.getEncoder().encodeToString(new byte[16]));
        s.put("adapter.ledger.encryption.key-id", "2026:01");
        s.put("adapter.ledger.encryption.previous-keys.old", "not base64!");

        assertThat(Settings.problems(env(s))).containsExactly(
                "adapter.ledger.encryption.key must be base64 of 32 bytes, is 16 bytes",
                "adapter.ledger.encryption.key-id must be 1..32 of A-Z a-z 0-9 . _ -, is '2026:01'",
                "adapter.ledger.encryption.previous-keys.old is not base64 (Illegal base64 character 20)");
    }

    @Test
    void validateThrowsOneErrorCarryingEveryProblem() {
        AdapterProperties nothing = new AdapterProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThatThrownBy(nothing::validate).isInstanceOfSatisfying(ConfigurationError.class, e -> {
            assertThat(e.problems()).hasSize(REQUIRED.size());
            assertThat(e.getMessage()).contains("adapter.source.url is not set; adapter.portal.url is not set");
        });
    }

    @Test
    void aClusterCheckInOutsideItsBoundsIsNamed() {
        Map<String, Object> s = complete();
        s.put("adapter.cluster.checkin-interval", "PT0.2S");

        assertThat(Settings.problems(env(s))).containsExactly("adapter.cluster.checkin-interval must be PT1S..PT5M, is PT0.2S");
        s.put("adapter.cluster.checkin-interval", "PT5S");
        assertThat(Settings.problems(env(s))).isEmpty();
    }

    @Test
    void theSettingsThatWereSpringValuesAreBoundCheckedAndNamedToo() {
        Map<String, Object> s = complete();
        s.put("adapter.catalogue.max-age", "a day");
        s.put("adapter.portal.max-calls-per-second", "-1");
        s.put("adapter.cli.progress", "dots");
        s.put("adapter.test.crash-at", "NOWHERE");
        s.put("adapter.test.crash-after", "0");
        s.put("adapter.sync.scheduled", "maybe");

        assertThat(Settings.problems(env(s))).containsExactlyInAnyOrder(
                "adapter.catalogue.max-age is not a valid Duration, is 'a day'",
                "adapter.sync.scheduled is not a valid boolean, is 'maybe'",
                "adapter.portal.max-calls-per-second must be 0 (no limit) or more, is -1.0",
                "adapter.cli.progress must be bar, lines or off, is dots",
                "adapter.test.crash-at must be one of [PAGE_READ, PAGE_CHECKED, PORTAL_ACCEPTED, OUTCOME_RECORDED,"
                        + " PAGE_CHECKED_WHILE_PUSHING], is NOWHERE",
                "adapter.test.crash-after must be at least 1, is 0");
    }

    @Test
    void theirDefaultsAreTheOnesTheBeansHadBefore() {
        AdapterProperties p = Binder.get(env(complete())).bindOrCreate("adapter", AdapterProperties.class);

        assertThat(p.catalogue().maxAge()).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(p.portal().maxCallsPerSecond()).isZero();
        assertThat(p.cli().progress()).isEqualTo("off");
        assertThat(p.sync().scheduled()).isFalse();
        assertThat(p.test().crashAt()).isNull();
        assertThat(p.test().crashAfter()).isEqualTo(1);
    }
}
