package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * When a ledger-only command starts the context written at build time, and when the ordinary way: whatever would
 * make the two differ (a key that chooses beans, Spring's report of the conditions) or switches it off. That the
 * two starts answer alike is {@code CliIT}'s, with the jar.
 */
class LedgerOnlyAotTest {

    private static final String URL = "--spring.datasource.url=jdbc:h2:file:./x";

    @Test
    void settingsThatOnlyGiveValuesKeepTheGeneratedContext() {
        assertThat(LedgerOnlyAot.wanted(List.of(URL, "--spring.profiles.active=demo", "--adapter.ledger.encryption.key-id=k",
                "--spring.datasource.hikari.connection-timeout=5000", "--spring.flyway.enabled=false", "--json"), null, null)).isTrue();
        assertThat(LedgerOnlyAot.wanted(List.of(URL, "--spring.aot.enabled=true"), "true", "true")).isTrue();
        assertThat(LedgerOnlyAot.wanted(null, null, null)).as("no setting at all (picocli leaves the list null)").isTrue();
    }

    @Test
    void aKeyThatChoosesBeansTheConditionsReportOrTheSwitchStartTheOrdinaryWay() {
        for (String arg : List.of("--spring.datasource.type=org.springframework.jdbc.datasource.SimpleDriverDataSource",
                "--spring.dao.exceptiontranslation.enabled=false", "--spring.aop.proxy-target-class=false", "--spring.jmx.enabled=true",
                "--spring.main.allow-bean-definition-overriding=true", "--debug", "--spring.aot.enabled=false", "--spring.aot.enabled=FALSE")) {
            assertThat(LedgerOnlyAot.wanted(List.of(URL, arg), null, null)).as(arg).isFalse();
        }
        assertThat(LedgerOnlyAot.wanted(List.of(URL), "false", null)).as("-Dspring.aot.enabled=false").isFalse();
        assertThat(LedgerOnlyAot.wanted(List.of(URL), null, "false")).as("SPRING_AOT_ENABLED=false").isFalse();
    }
}
