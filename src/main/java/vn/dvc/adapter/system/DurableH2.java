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
public class DurableH2 implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(durable(pool.getJdbcUrl()));
        }
        return bean;
    }

    /**
     * The URL of an H2 file database that closes without compacting its file ({@code MAX_COMPACT_TIME=0}), unless
     * the URL sets it; any other URL as it is. For the commands that only read the ledger, or write little of it
     * ({@code cli/Boot}): H2 otherwise spends its close moving live pages out of chunks that writes left half empty,
     * and {@code status} right after a 20,000-dossier sync took 2.33 s instead of 1.51 s (docs/benchmarks.md). The
     * next {@code sync} or {@code serve} compacts the file as it closes, or as it runs.
     */
    public static String closingAsIs(String url) {
        return unlessSet(url, "MAX_COMPACT_TIME", "0");
    }

    /** The URL of an H2 file database with {@code WRITE_DELAY=0}; any other URL as it is. */
    static String durable(String url) {
        return unlessSet(url, "WRITE_DELAY", "0");
    }

    /** An H2 file database's URL with {@code setting=value} added, unless it sets it; any other URL as it is. */
    private static String unlessSet(String url, String setting, String value) {
        if (LedgerFiles.folder(url) == null || url.toUpperCase(Locale.ROOT).contains(";" + setting + "=")) {
            return url;
        }
        return url + ";" + setting + "=" + value;
    }
}
