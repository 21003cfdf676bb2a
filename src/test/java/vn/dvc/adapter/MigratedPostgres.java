package vn.dvc.adapter;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An embedded PostgreSQL 14 with the ledger's Flyway migrations applied, for SQL tests without
 * Spring (PostgreSQL's own ones too, as Spring's {vendor} location picks them): durability off (fsync, synchronous commit), since the tests only need the dialect.
 */
public final class MigratedPostgres implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final JdbcTemplate jdbc;

    private MigratedPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
    }

    public static MigratedPostgres start() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off").start();
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
        return new MigratedPostgres(postgres);
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
