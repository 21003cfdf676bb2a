package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The ledger-only commands skip Flyway only on a ledger at the jar's latest version: the constant is the
 * highest version among the migration files, and a new, an older or a current ledger is told apart.
 */
class LedgerSchemaTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Test
    void theLatestVersionIsTheHighestOfTheMigrationFiles() throws IOException {
        int highest;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/db"))) {
            highest = files.map(f -> VERSION.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(LedgerSchema.LATEST).as("LedgerSchema.LATEST after a new migration").isEqualTo(String.valueOf(highest));
    }

    @Test
    void aNewLedgerAndOneBehindAreNotCurrentAndAMigratedOneIs() {
        DriverManagerDataSource ledger = new DriverManagerDataSource("jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
                "sa", "");
        assertThat(LedgerSchema.current(ledger)).as("a new ledger, no history").isFalse();

        Flyway.configure().dataSource(ledger).locations("classpath:db/migration", "classpath:db/vendor/h2").load().migrate();
        assertThat(LedgerSchema.current(ledger)).as("migrated by this jar").isTrue();

        new JdbcTemplate(ledger).update("delete from \"flyway_schema_history\" where \"version\" = ?", LedgerSchema.LATEST);
        assertThat(LedgerSchema.current(ledger)).as("a ledger one version behind").isFalse();
    }

    @Test
    void aDatabaseThatCannotBeReachedIsToldAtOnceNotLeftToFlywaysOwnWait() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        DriverManagerDataSource away = new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:" + closed + "/ledger", "x", "y");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerSchema.current(away))
                .isInstanceOf(org.springframework.jdbc.CannotGetJdbcConnectionException.class);
    }

    @Test
    void aConnectionRefusedIsToldAsItIsNotTakenForALedgerToMigrate() {
        String url = "jdbc:h2:mem:refused-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        new JdbcTemplate(new DriverManagerDataSource(url, "sa", "right")).execute("select 1");
        DriverManagerDataSource wrong = new DriverManagerDataSource(url, "sa", "wrong");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> LedgerSchema.current(wrong))
                .isInstanceOf(org.springframework.jdbc.CannotGetJdbcConnectionException.class)
                .satisfies(e -> assertThat(LedgerInUse.wrongPassword(e)).isTrue());
    }

    @Test
    void aMigratedPostgresLedgerIsCurrent() throws Exception {
        try (vn.dvc.adapter.MigratedPostgres postgres = vn.dvc.adapter.MigratedPostgres.start()) {
            assertThat(LedgerSchema.current(postgres.jdbc().getDataSource())).isTrue();
        }
    }
}
