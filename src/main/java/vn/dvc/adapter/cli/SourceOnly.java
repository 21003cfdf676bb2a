package vn.dvc.adapter.cli;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import vn.dvc.adapter.AdapterApplication;

/**
 * The Spring context of {@code source check}: the settings, bound as every command binds them, and
 * nothing else — no ledger (a check before the first sync must not create one), no Camel, no web.
 * The command builds the few beans it needs itself. Not a {@code @Configuration}, as {@link LedgerOnly}.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class})
@ConfigurationPropertiesScan(basePackageClasses = AdapterApplication.class)
final class SourceOnly {
}
