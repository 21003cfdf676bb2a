package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.source.database.DatabaseSource;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.SourceSettings;

/**
 * {@code source}: the one-stop system answers. Its export API: the probe asks for the dossiers
 * changed since now, one at most — an empty page, cheap for the source; only a 2xx is UP. Its
 * database: a pooled connection answers {@code isValid}, all within the probe's timeout ({@link BoundedProbe}:
 * a database away made every health answer wait the pool's 10 s, or the new connection-timeout). The details
 * name the kind and profile, never the address.
 */
@Component("sourceHealthIndicator")
@ConditionalOnWebApplication
class SourceHealthIndicator implements HealthIndicator {

    private final SourceSettings settings;
    private final DatabaseSource database;
    private final Reachability reach;
    private final BoundedProbe databaseProbe;

    SourceHealthIndicator(AdapterProperties properties, AdminProperties admin, DatabaseSource database) {
        this.settings = properties.source();
        this.database = database;
        this.reach = new Reachability(admin.health());
        java.time.Duration timeout = LedgerHealthIndicator.timeout(admin);
        int seconds = (int) timeout.toSeconds();   // at least 1: LedgerHealthIndicator.AT_LEAST
        this.databaseProbe = new BoundedProbe("source-health-probe", timeout,
                () -> {
                    String why = database.unreachable(seconds);
                    Health.Builder health = (why == null ? Health.up() : Health.down().withDetail("error", why));
                    return health.withDetail("kind", settings.describe()).build();
                },
                () -> Health.down().withDetail("kind", settings.describe())
                        .withDetail("error", "no connection to the one-stop system's database within " + timeout).build());
    }

    @Override
    public Health health() {
        if (settings.fromDatabase()) {
            return reach.cached(databaseProbe::health);
        }
        if (settings.url() == null) {
            return Health.unknown().withDetail("error", "adapter.source.url is not set").build();
        }
        String since = URLEncoder.encode(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8);
        URI probe = URI.create(settings.url().toString().replaceAll("/+$", "") + "/api/v1/dossiers?updatedSince=" + since + "&limit=1");
        return reach.check(probe, () -> HttpRequest.newBuilder(probe).GET().header("Accept", "application/json"),
                status -> status >= 200 && status < 300);
    }
}
