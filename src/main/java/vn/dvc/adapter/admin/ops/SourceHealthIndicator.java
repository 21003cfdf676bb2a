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
import vn.dvc.adapter.system.AdapterProperties;

/**
 * {@code source}: the one-stop system's export API answers. The probe asks for the dossiers
 * changed since now, one at most: an empty page, cheap for the source. Only a 2xx is UP.
 */
@Component("sourceHealthIndicator")
@ConditionalOnWebApplication
class SourceHealthIndicator implements HealthIndicator {

    private final URI url;
    private final Reachability reach;

    SourceHealthIndicator(AdapterProperties properties, AdminProperties admin) {
        this.url = properties.source() == null ? null : properties.source().url();
        this.reach = new Reachability(admin.health());
    }

    @Override
    public Health health() {
        if (url == null) {
            return Health.unknown().withDetail("error", "adapter.source.url is not set").build();
        }
        String since = URLEncoder.encode(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), StandardCharsets.UTF_8);
        URI probe = URI.create(url.toString().replaceAll("/+$", "") + "/api/v1/dossiers?updatedSince=" + since + "&limit=1");
        return reach.check(probe, () -> HttpRequest.newBuilder(probe).GET().header("Accept", "application/json"),
                status -> status >= 200 && status < 300);
    }
}
