package vn.dvc.adapter;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh in-memory H2 with the ledger's portable migrations applied, for SQL tests without Spring. */
public final class MigratedH2 {

    private MigratedH2() {
    }

    /** A new database of its own each call ({@code name} shows in H2's messages). */
    public static JdbcTemplate jdbc(String name) {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(ds);
    }
}
