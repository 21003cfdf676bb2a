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

import vn.dvc.adapter.system.AdapterProperties;

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
// Every package but the console, the benchmark, the simulators and the commands, which have nothing to read the
// ledger with: named rather than excluded by a filter, so that their ~200 classes are not even read
// (LedgerOnlyTest holds the list to the packages there are)
@ComponentScan(basePackages = {"vn.dvc.adapter.catalogue", "vn.dvc.adapter.checks", "vn.dvc.adapter.compliance",
        "vn.dvc.adapter.ledger", "vn.dvc.adapter.portal", "vn.dvc.adapter.reconcile", "vn.dvc.adapter.replay",
        "vn.dvc.adapter.source", "vn.dvc.adapter.sync", "vn.dvc.adapter.system"})
@ConfigurationPropertiesScan(basePackageClasses = AdapterProperties.class)
final class LedgerOnly {
}
