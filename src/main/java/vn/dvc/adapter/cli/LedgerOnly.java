package vn.dvc.adapter.cli;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import vn.dvc.adapter.AdapterApplication;

/**
 * The Spring context of the commands that only read the ledger ({@code status}, {@code compliance},
 * {@code replay --dry-run}): the ledger's database and its migrations, the adapter's own beans
 * created lazily (only those the command asks for), and nothing else — no Camel, no web layer,
 * security or actuator. Starting those took most of the 10 s such a command cost (docs/benchmarks.md).
 * Flyway is switched off unless the ledger is behind the jar ({@link LedgerSchema}, {@link Boot}).
 *
 * <p>Deliberately not a {@code @Configuration}: the application's component scan must not pick it up.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
        TransactionAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, FlywayAutoConfiguration.class})
@ComponentScan(basePackageClasses = AdapterApplication.class, excludeFilters = {
        // the application class would bring every auto-configuration back
        @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = AdapterApplication.class),
        // the console, the benchmark, the simulators and the commands have nothing to read the ledger with
        @ComponentScan.Filter(type = FilterType.REGEX, pattern = "vn\\.dvc\\.adapter\\.(admin|bench|simulator|cli)\\..*")})
@ConfigurationPropertiesScan(basePackageClasses = AdapterApplication.class)
final class LedgerOnly {
}
