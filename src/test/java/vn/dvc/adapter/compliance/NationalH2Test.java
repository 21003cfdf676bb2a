package vn.dvc.adapter.compliance;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The national indicators on H2, migrated by the same Flyway scripts as production. */
class NationalH2Test extends NationalIndicatorTests {

    private static final JdbcTemplate JDBC = migrated();

    private static JdbcTemplate migrated() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:national;DB_CLOSE_DELAY=-1");
        h2.setUser("sa");
        Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(h2);
    }

    @Override
    protected JdbcTemplate jdbc() {
        return JDBC;
    }
}
