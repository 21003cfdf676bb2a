package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import vn.dvc.adapter.TestProperties;

/** One try names every missing or wrong setting, not the first one only. */
class SettingsTest {

    private static final List<String> REQUIRED = List.of("adapter.source.url", "adapter.portal.url", "adapter.portal.client-id",
            "adapter.portal.client-secret", "adapter.portal.username", "adapter.portal.password", "adapter.portal.madonvi",
            "adapter.sso.jwks-url", "adapter.sso.issuer", "adapter.sso.audience", "adapter.ledger.encryption.key");

    private static StandardEnvironment env(Map<String, Object> settings) {
        StandardEnvironment env = new StandardEnvironment();
        // only these settings: the surefire JVM carries the tests' ledger key as a system property (pom.xml)
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);   // and not the machine's ADAPTER_*
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

    /** The operator-path review's typo: "databse" was named, and so was the export API's url, which it had not meant to use. */
    @Test
    void aMistypedSourceKindIsTheOneProblemNamed() {
        Map<String, Object> s = complete();
        s.remove("adapter.source.url");
        s.put("adapter.source.kind", "databse");

        assertThat(Settings.problems(env(s))).singleElement().asString()
                .startsWith("adapter.source.kind").contains("databse");
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
        AdapterProperties nothing = vn.dvc.adapter.TestProperties.of();

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
                "adapter.test.crash-at must be one of [PAGE_READ, PAGE_CHECKED, PORTAL_ACCEPTED, PROGRESS_ACCEPTED,"
                        + " OUTCOME_RECORDED, PAGE_CHECKED_WHILE_PUSHING], is NOWHERE",
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

    @Test
    void theSettingsThatHadNoCheckOfTheirOwnAreCheckedAllAtOnce() {
        Map<String, Object> s = complete();
        s.put("adapter.source.max-redeliveries", "-1");
        s.put("adapter.source.redelivery-delay-ms", "60000");
        s.put("adapter.sso.jwks-min-refresh", "-PT1M");
        s.put("adapter.sso.algorithms", "none");
        s.put("adapter.sync.cron", "every minute");
        s.put("adapter.sync.lock-wait", "-PT1S");
        s.put("adapter.replay.max-replays", "0");
        s.put("adapter.catalogue.cron", "0 30 25 * * ?");
        s.put("adapter.http.read-timeout-ms", "0");

        assertThat(Settings.problems(env(s))).containsExactly(
                "adapter.source.max-redeliveries must be 0..20, is -1",
                "adapter.source.redelivery-delay-ms must be 0..30000, is 60000",
                "adapter.sync.cron must be a Quartz cron expression (0 0/15 * * * ?), is every minute",
                "adapter.sync.lock-wait must be at least PT0S, is PT-1S",
                "adapter.sso.algorithms must name signature algorithms such as RS256, ES256, is [none]",
                "adapter.sso.jwks-min-refresh must be at least PT0S, is PT-1M",
                "adapter.replay.max-replays must be at least 1, is 0",
                "adapter.catalogue.cron must be a Quartz cron expression (0 0/15 * * * ?), is 0 30 25 * * ?",
                "adapter.http.read-timeout-ms must be 1..3600000, is 0");
    }

    @Test
    void theConsolesUsersAndLimitsNameEveryWrongEntryAtOnce() {
        var admin = new vn.dvc.adapter.admin.AdminProperties(
                List.of(new vn.dvc.adapter.admin.AdminProperties.User("lan", "secret", "ROOT"),
                        new vn.dvc.adapter.admin.AdminProperties.User("", null, "VIEWER")),
                List.of(), null, new vn.dvc.adapter.admin.AdminProperties.Login(0, 20, java.time.Duration.ofMinutes(1),
                        java.time.Duration.ofSeconds(30), java.time.Duration.ofMinutes(15)));

        assertThatThrownBy(admin::validateEntries).isInstanceOfSatisfying(ConfigurationError.class, e -> assertThat(e.problems())
                .containsExactly(
                        "adapter.admin.users[0].password of lan must be a password hash with its encoder, e.g. {bcrypt}$2a$10$..."
                                + " (use ADAPTER_ADMIN_USERS_0_PASSWORD)",
                        "adapter.admin.users[0].role must be VIEWER, OPERATOR or ADMIN, is ROOT",
                        "adapter.admin.users[1].username is not set (use ADAPTER_ADMIN_USERS_1_USERNAME)",
                        "adapter.admin.users[1].password is not set (use ADAPTER_ADMIN_USERS_1_PASSWORD)",
                        "adapter.admin.login.max-failures must be at least 1, is 0",
                        "adapter.admin.login.max-lock-for must be at least PT1M, is PT30S"));
    }

    /** What Spring binds from a name is known; what it ignores is named, with the key it most likely meant. */
    @Test
    void aNameSpringWouldIgnoreIsNamedAndOneItBindsIsNot() {
        Set<String> keys = Settings.keys("adapter", AdapterProperties.class);
        Set<String> whole = Settings.wholeKeys("adapter", AdapterProperties.class);
        Map<String, String> given = new java.util.LinkedHashMap<>();
        given.put("adapter.sync.batch-size", "7");
        given.put("adapter.sync.batchSize", "7");
        given.put("adapter.sync.batchsize", "7");
        given.put("adapter.sync.batch-sise", "7");
        given.put("adapter.source.type", "database");
        given.put("adapter.source.database.profile", "dvcqg-view");
        given.put("adapter.checks.over-limit.NguoiXuLy", "hold");
        given.put("adapter.sso.algorithms[0]", "ES256");
        given.put("adapter.ledger.encryption.previous-keys.k0", "a2V5");
        given.put("adapter.zzz", "1");
        given.put("adapter.sync.batch-size.x", "7");
        AdapterProperties defaults = Settings.defaults(AdapterProperties.class);
        for (var setting : given.entrySet()) {
            StandardEnvironment env = env(Map.of(setting.getKey(), setting.getValue()));
            boolean springBindsIt = !new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.get(env))
                    .bindOrCreate("adapter", org.springframework.boot.context.properties.bind.Bindable.of(AdapterProperties.class))
                    .equals(defaults);
            assertThat(Settings.unknown(env, keys, whole)).as(setting.getKey()).hasSize(springBindsIt ? 0 : 1);
        }

        StandardEnvironment typos = env(Map.of("adapter.sync.batch-sise", "7", "adapter.source.type", "database",
                "adapter.source.database.profile", "dvcqg-view", "adapter.zzz", "1", "adapter.sync.batch-size", "7"));
        assertThat(whole).containsExactlyInAnyOrder("adapter.sso.algorithms", "adapter.checks.over-limit",
                "adapter.ledger.encryption.previous-keys");
        assertThat(Settings.unknown(typos, keys, whole)).containsExactly(
                "adapter.source.database.profile is not a setting (did you mean adapter.source.profile?)",
                "adapter.source.type is not a setting",
                "adapter.sync.batch-sise is not a setting (did you mean adapter.sync.batch-size?)",
                "adapter.zzz is not a setting");
    }

    /** An ADAPTER_* variable of something else may be in the operator's environment: only what the operator gave the adapter is read. */
    @Test
    void environmentVariablesAreNotRead() {
        StandardEnvironment env = env(Map.of());
        env.getPropertySources().addLast(new org.springframework.core.env.SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("ADAPTER_HOME", "/opt/other", "ADAPTER_SYNC_BATCHSISE", "5")));

        assertThat(Settings.unknown(env, Settings.keys("adapter", AdapterProperties.class),
                Settings.wholeKeys("adapter", AdapterProperties.class))).isEmpty();
    }

    /** ... but one that is no setting is worth a warning; both of Spring's forms of a key are settings. */
    @Test
    void anAdapterVariableThatIsNoSettingIsToldApart() {
        StandardEnvironment env = env(Map.of());
        env.getPropertySources().addLast(new org.springframework.core.env.SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("ADAPTER_SYNC_BATCHSIZE", "5", "ADAPTER_SYNC_BATCH_SIZE", "9", "ADAPTER_SSO_ALGORITHMS_0", "ES256",
                        "ADAPTER_CHECKS_OVERLIMIT_NGUOIXULY", "hold", "ADAPTER_HOME", "/opt", "ADAPTER_SYNC_BATCH_SISE", "3", "ADAPTER_SYNC_BATCHSIZE_X", "4", "PATH", "/bin")));
        Set<String> keys = Settings.keys("adapter", AdapterProperties.class);

        assertThat(Settings.unknownVariables(env, keys, Settings.wholeKeys("adapter", AdapterProperties.class)))
                .containsExactly("ADAPTER_HOME", "ADAPTER_SYNC_BATCHSIZE_X", "ADAPTER_SYNC_BATCH_SISE");
        assertThat(new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.get(env))
                .bindOrCreate("adapter", org.springframework.boot.context.properties.bind.Bindable.of(AdapterProperties.class))
                .sync().batchSize()).as("with both, Spring reads BATCHSIZE").isEqualTo(5);
        StandardEnvironment alone = env(Map.of());
        alone.getPropertySources().addLast(new org.springframework.core.env.SystemEnvironmentPropertySource("systemEnvironment",
                Map.of("ADAPTER_SYNC_BATCH_SIZE", "9")));
        assertThat(new Binder(org.springframework.boot.context.properties.source.ConfigurationPropertySources.get(alone))
                .bindOrCreate("adapter", org.springframework.boot.context.properties.bind.Bindable.of(AdapterProperties.class))
                .sync().batchSize()).as("BATCH_SIZE alone, the legacy form").isEqualTo(9);
    }
}
