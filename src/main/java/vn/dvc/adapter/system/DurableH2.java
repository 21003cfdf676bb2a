package vn.dvc.adapter.system;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * An H2 file ledger's commits reach the file before COMMIT returns: {@code WRITE_DELAY=0} is added to
 * its URL (unless the URL sets a write delay itself). H2 otherwise writes committed transactions in
 * the background within 500 ms, and a {@code kill -9} lost them: 650 of 2,000 rows committed just
 * before a halt survived in a test, so the outcomes of portal calls already answered were sent again
 * and their progress entries doubled. The setting lives in the URL because H2 does not apply a
 * {@code SET WRITE_DELAY} kept in the file when it opens it again. PostgreSQL commits durably by itself.
 */
@Component
class DurableH2 implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(durable(pool.getJdbcUrl()));
        }
        return bean;
    }

    /** The URL of an H2 file database with {@code WRITE_DELAY=0}; any other URL as it is. */
    static String durable(String url) {
        if (LedgerFiles.folder(url) == null || url.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) {
            return url;
        }
        return url + ";WRITE_DELAY=0";
    }
}
