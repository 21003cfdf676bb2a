package vn.dvc.adapter.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every statement is planned with its own parameters (pgjdbc
 * {@code prepareThreshold=0}) unless the URL says otherwise. A first sync fills the ledger from
 * empty; after five executions pgjdbc would switch to a server-side statement whose generic plan,
 * made while the table was small, is a sequential scan, and keep it for the whole run: the lookup
 * of a page's known dossiers went from milliseconds to 400 ms a page at 100,000 rows
 * (docs/benchmarks.md). H2 and other databases are left as they are.
 */
@Component
class PostgresPlanning implements BeanPostProcessor {

    static final String THRESHOLD = "prepareThreshold";

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource ds && ds.getJdbcUrl() != null && ds.getJdbcUrl().startsWith("jdbc:postgresql:")
                && !ds.getJdbcUrl().contains(THRESHOLD + "=") && !ds.getDataSourceProperties().containsKey(THRESHOLD)) {
            ds.addDataSourceProperty(THRESHOLD, "0");
        }
        return bean;
    }
}
