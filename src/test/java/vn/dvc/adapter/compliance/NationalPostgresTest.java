package vn.dvc.adapter.compliance;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedPostgres;

/** The national indicators on a real PostgreSQL 14: the same SQL, the same figures. */
class NationalPostgresTest extends NationalIndicatorTests {

    private static MigratedPostgres postgres;

    @BeforeAll
    static void start() throws IOException {
        postgres = MigratedPostgres.start();
    }

    @AfterAll
    static void stop() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Override
    protected JdbcTemplate jdbc() {
        return postgres.jdbc();
    }
}
