package vn.dvc.adapter.admin;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedPostgres;

/** The admin's SQL and its V2 migration on a real PostgreSQL 14. */
class LedgerQueriesPostgresTest extends LedgerQueriesContract {

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
}
