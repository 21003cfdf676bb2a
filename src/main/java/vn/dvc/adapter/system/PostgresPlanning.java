package vn.dvc.adapter.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The ledger's pgjdbc settings on PostgreSQL, each unless the URL or
 * {@code spring.datasource.hikari.data-source-properties} says otherwise:
 * <ul>
 * <li>every statement planned with its own parameters ({@code prepareThreshold=0}). A first sync fills the
 * ledger from empty; after five executions pgjdbc would switch to a server-side statement whose generic plan,
 * made while the table was small, is a sequential scan, and keep it for the whole run: the lookup of a page's
 * known dossiers went from milliseconds to 400 ms a page at 100,000 rows (docs/benchmarks.md);</li>
 * <li>no statement waits for an answer longer than {@link #SOCKET_TIMEOUT_SECONDS} ({@code socketTimeout}).
 * A database that vanishes without closing its connections (a silent network partition) otherwise kept a
 * statement waiting until the operating system gave up on the connection, hours, and {@code serve}'s
 * scheduled sync, one at a time, never fired again meanwhile. The ledger's longest statements (a
 * compliance report, a retention batch) take seconds.</li>
 * <li>no login waits longer than the pool waits for a connection ({@code loginTimeout}, a second less than the
 * pool's {@code connection-timeout}). pgjdbc's own default is no limit, and it ignores the login timeout
 * Hikari gives {@code DriverManager}: a server that takes the connection and never answers (a database
 * hung in its start, a proxy whose far side is gone) held every command on the socket timeout, five
 * minutes, before it said anything (CliIT).</li>
 * </ul>
 * H2 and other databases are left as they are.
 */
@Component
class PostgresPlanning implements BeanPostProcessor {

    static final String THRESHOLD = "prepareThreshold";
    static final String SOCKET_TIMEOUT = "socketTimeout";
    static final String SOCKET_TIMEOUT_SECONDS = "300";
    static final String LOGIN_TIMEOUT = "loginTimeout";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null && ds.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            unlessSet(ds, THRESHOLD, "0");
            unlessSet(ds, SOCKET_TIMEOUT, SOCKET_TIMEOUT_SECONDS);
            // a second within the pool's wait, so that pgjdbc's reason is what the pool reports
            unlessSet(ds, LOGIN_TIMEOUT, String.valueOf(Math.max(1, ds.getConnectionTimeout() / 1000 - 1)));
        }
        return bean;
    }

    private static void unlessSet(HikariDataSource ds, String property, String value) {
        if (!ds.getJdbcUrl().contains(property + "=") && !ds.getDataSourceProperties().containsKey(property)) {
            ds.addDataSourceProperty(property, value);
        }
    }
}
