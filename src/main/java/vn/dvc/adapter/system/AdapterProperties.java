package vn.dvc.adapter.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything an operator sets, under {@code adapter.*}, a record per group ({@code adapter.source.*} is
 * {@link SourceSettings}, …), each with its defaults ({@code @DefaultValue}, the one place they are written)
 * and its own {@code problems(out)}. {@code config/application.yaml} and README "Configuration" list every
 * key ({@code system/SettingsListedTest} holds them to it); the console's users are {@code admin/AdminProperties},
 * the province's targets {@link Targets}. A group left null (a bean built by hand) takes its defaults.
 */
@ConfigurationProperties("adapter")
public record AdapterProperties(@DefaultValue SourceSettings source, @DefaultValue PortalSettings portal,
                                @DefaultValue SyncSettings sync, @DefaultValue SsoSettings sso,
                                @DefaultValue ChecksSettings checks, @DefaultValue ReconcileSettings reconcile,
                                @DefaultValue ClusterSettings cluster, @DefaultValue LedgerSettings ledger,
                                @DefaultValue RetentionSettings retention, @DefaultValue ReplaySettings replay,
                                @DefaultValue CatalogueSettings catalogue, @DefaultValue CliSettings cli,
                                @DefaultValue CrashTestSettings test, @DefaultValue HttpSettings http) {

    public AdapterProperties {
        source = orDefaults(source, SourceSettings.class);
        portal = orDefaults(portal, PortalSettings.class);
        sync = orDefaults(sync, SyncSettings.class);
        sso = orDefaults(sso, SsoSettings.class);
        checks = orDefaults(checks, ChecksSettings.class);
        reconcile = orDefaults(reconcile, ReconcileSettings.class);
        cluster = orDefaults(cluster, ClusterSettings.class);
        ledger = orDefaults(ledger, LedgerSettings.class);
        retention = orDefaults(retention, RetentionSettings.class);
        replay = orDefaults(replay, ReplaySettings.class);
        catalogue = orDefaults(catalogue, CatalogueSettings.class);
        cli = orDefaults(cli, CliSettings.class);
        test = orDefaults(test, CrashTestSettings.class);
        http = orDefaults(http, HttpSettings.class);
    }

    private static <T> T orDefaults(T group, Class<T> type) {
        return group != null ? group : Settings.defaults(type);
    }

    /**
     * Throws a {@link ConfigurationError} naming every missing or wrong setting at once: an operator
     * setting up a new installation fixes them in one go instead of one per try.
     */
    public void validate() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }

    /** Every missing or wrong setting, one "key problem" each, group by group; empty when all is well. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        source.problems(out);
        portal.problems(out);
        sync.problems(out);
        sso.problems(out);
        checks.problems(out);
        cluster.problems(out);
        reconcile.problems(out);
        ledger.problems(out);
        retention.problems(out);
        replay.problems(out);
        catalogue.problems(out);
        cli.problems(out);
        test.problems(out);
        http.problems(out);
        return out;
    }
}
