package vn.dvc.adapter.system;

import java.nio.file.Path;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The H2 ledger's folder is owner-only (0700) before H2 opens a file in it, and its files 0600 once the
 * migrations have run: H2 creates its files with the process's umask, and the folder's mode is what
 * keeps another user of the host from reading them in between (and from trace or temporary files H2
 * makes later). PostgreSQL keeps its own files; nothing to do there.
 */
@Component
public class LedgerFiles implements BeanPostProcessor, SmartInitializingSingleton {

    private final Environment env;

    LedgerFiles(Environment env) {
        this.env = env;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            Path dir = folder(env.getProperty("spring.datasource.url"));
            if (dir != null) {
                OwnerOnly.directory(dir);
            }
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Path dir = folder(env.getProperty("spring.datasource.url"));
        if (dir != null) {
            OwnerOnly.filesIn(dir);
        }
    }

    /** The file of an H2 file database ({@code ./data/adapter} → {@code ./data/adapter.mv.db}, absolute); null for any other. */
    public static Path file(String url) {
        Path database = database(url);
        return database == null ? null : database.resolveSibling(database.getFileName() + ".mv.db");
    }

    /** The folder of an H2 file database ({@code jdbc:h2:file:./data/adapter}, {@code jdbc:h2:~/x}); null for any other. */
    static Path folder(String url) {
        Path database = database(url);
        return database == null ? null : database.getParent();
    }

    /** The path an H2 file database's URL names, absolute, without H2's extension; null for any other URL. */
    private static Path database(String url) {
        if (url == null || !url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")) {
            return null;
        }
        String rest = url.substring("jdbc:h2:".length()).split(";", 2)[0];
        String lower = rest.toLowerCase(Locale.ROOT);
        if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")) {
            return null;
        }
        rest = lower.startsWith("file:") ? rest.substring("file:".length()) : rest;
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Path.of(rest).toAbsolutePath().normalize();
    }
}
