package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.net.http.HttpRequest;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * {@code portal}: the national portal's gateway answers. The probe posts an empty
 * client-credentials request to {@code /token}: no secret leaves the adapter and no token is
 * issued; any answer below 500 (typically 400 or 401) proves the gateway is there, a 5xx, a
 * refused connection or a timeout turns the health DOWN.
 */
@Component("portalHealthIndicator")
@ConditionalOnWebApplication
class PortalHealthIndicator implements HealthIndicator {

    private final URI url;
    private final Reachability reach;

    PortalHealthIndicator(AdapterProperties properties, AdminProperties admin) {
        this.url = properties.portal() == null ? null : properties.portal().url();
        this.reach = new Reachability(admin.health());
    }

    @Override
    public Health health() {
        if (url == null) {
            return Health.unknown().withDetail("error", "adapter.portal.url is not set").build();
        }
        URI token = URI.create(url.toString().replaceAll("/+$", "") + "/token");
        return reach.check(token, () -> HttpRequest.newBuilder(token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")), status -> status < 500);
    }
}
