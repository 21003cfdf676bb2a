package vn.dvc.adapter.system;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.stereotype.Component;

/**
 * A pool's connections made by the JDBC driver of its URL directly, not through {@link DriverManager}.
 * Hikari asks {@code DriverManager} for its driver, and {@code DriverManager}'s first use loads and
 * starts every driver on the class path: six here (H2, PostgreSQL, MariaDB, MySQL, SQL Server, Oracle,
 * the last four for the one-stop systems' databases), 0.5 s of a command's start, the SQL Server jar's
 * signature checked and Oracle's driver set up on every {@code status} that never reads either
 * (docs/benchmarks.md, "Start times"). What the pool was given stays as it is, read at each connection:
 * the URL (with what {@link DurableH2} added), the account, the driver properties
 * ({@link PostgresPlanning}'s), the login timeout. A URL whose driver Spring Boot does not know keeps
 * Hikari's own way.
 */
public final class DirectDriver extends AbstractDataSource {

    private final HikariConfig pool;
    private final Driver driver;

    private DirectDriver(HikariConfig pool, Driver driver) {
        this.pool = pool;
        this.driver = driver;
    }

    /** The pool connects through its URL's driver directly (before its first connection). */
    public static void use(HikariConfig pool) {
        String url = pool.getJdbcUrl();
        if (url == null || pool.getDataSource() != null || pool.getDataSourceClassName() != null) {
            return;
        }
        String name = pool.getDriverClassName() != null ? pool.getDriverClassName() : DatabaseDriver.fromJdbcUrl(url).getDriverClassName();
        if (name == null) {
            return;
        }
        try {
            Driver driver = (Driver) Class.forName(name, true, DirectDriver.class.getClassLoader()).getDeclaredConstructor().newInstance();
            pool.setDataSource(new DirectDriver(pool, driver));
        } catch (ReflectiveOperationException | LinkageError e) {
            // not on the class path: Hikari's own lookup names it when the pool connects
        }
    }

    /** The ledger's pool (Spring Boot's), whatever command starts it. */
    @Component
    static class LedgerPool implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof HikariDataSource ds) {
                use(ds);
            }
            return bean;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(pool.getUsername(), pool.getPassword());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties properties = new Properties();
        pool.getDataSourceProperties().forEach((key, value) -> properties.setProperty(key.toString(), String.valueOf(value)));
        if (username != null) {
            properties.put("user", username);
        }
        if (password != null) {
            properties.put("password", password);
        }
        Connection connection = driver.connect(pool.getJdbcUrl(), properties);
        if (connection == null) {
            throw new SQLException(driver.getClass().getName() + " does not take the URL " + pool.getJdbcUrl().split("[?;]", 2)[0]);
        }
        return connection;
    }

    // the login timeout is DriverManager's, as with Hikari's own driver lookup: the drivers read it from there
    @Override
    public void setLoginTimeout(int seconds) {
        DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return DriverManager.getLoginTimeout();
    }
}
