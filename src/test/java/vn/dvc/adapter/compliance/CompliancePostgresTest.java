package vn.dvc.adapter.compliance;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedPostgres;

/** The same indicators on a real PostgreSQL 14 migrated by the same Flyway script: the SQL is portable. */
class CompliancePostgresTest extends IndicatorTests {

    private static MigratedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws IOException {
        postgres = MigratedPostgres.start();
        jdbc = postgres.jdbc();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    protected ComplianceService service() {
        return new ComplianceService(new LedgerFigures(jdbc, vn.dvc.adapter.TestProperties.cipher()), new NationalLedger(jdbc), Fixture.targets());
    }
}
