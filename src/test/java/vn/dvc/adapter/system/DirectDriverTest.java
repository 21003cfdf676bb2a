package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The ledger's pool connects through its URL's driver itself, not through DriverManager (which loads
 * every driver of the class path first), with all the pool was given: the URL as changed after the
 * pool was made, the account and the driver properties.
 */
class DirectDriverTest {

    @Test
    void aPoolConnectsThroughItsDriverWithItsUrlAccountAndProperties() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:direct-" + System.nanoTime());
        config.setUsername("sa");
        config.setPassword("");
        DirectDriver.use(config);
        assertThat(config.getDataSource()).isInstanceOf(DirectDriver.class);
        // what the other post-processors add after it (PostgresPlanning, DurableH2) still reaches the driver
        config.setJdbcUrl(config.getJdbcUrl() + ";DB_CLOSE_DELAY=-1");
        config.addDataSourceProperty("MODE", "PostgreSQL");

        try (HikariDataSource pool = new HikariDataSource(config)) {
            JdbcTemplate jdbc = new JdbcTemplate(pool);
            assertThat(jdbc.queryForObject("select setting_value from information_schema.settings where setting_name = 'MODE'",
                    String.class)).isEqualTo("PostgreSQL");
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualToIgnoringCase("sa");
            assertThat(jdbc.queryForObject("select setting_value from information_schema.settings where setting_name = 'DB_CLOSE_DELAY'",
                    String.class)).isEqualTo("-1");
        }
    }

    @Test
    void aUrlWhoseDriverIsUnknownKeepsHikarisWay() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:unknown://somewhere/db");
        DirectDriver.use(config);
        assertThat(config.getDataSource()).isNull();
    }
}
