package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.PortalSettings;

/**
 * {@code portal}: the national portal's gateway answers and accepts our credentials. The probe
 * asks {@code /token} for a client-credentials token with the configured client id and secret,
 * as a run would: 200 is UP; a refusal (400, 401, 403: a rotated or wrong secret) is DOWN with
 * "credentials refused", since every run would fail the same way; a 5xx, a refused connection or
 * a timeout is DOWN too. The token is not used; the answer is kept for
 * {@code adapter.admin.health.cache-for}, so probes ask for few.
 */
@Component("portalHealthIndicator")
@ConditionalOnWebApplication
class PortalHealthIndicator implements HealthIndicator {

    private final URI url;
    private final String form;
    private final Reachability reach;

    @Autowired
    PortalHealthIndicator(AdapterProperties properties, AdminProperties admin) {
        this(properties.portal(), admin.health());
    }

    PortalHealthIndicator(PortalSettings portal, AdminProperties.Health health) {
        this.url = portal == null ? null : portal.url();
        this.form = portal == null ? "" : "grant_type=client_credentials&client_id=" + encode(portal.clientId())
                + "&client_secret=" + encode(portal.clientSecret());
        this.reach = new Reachability(health);
    }

    @Override
    public Health health() {
        if (url == null) {
            return Health.unknown().withDetail("error", "adapter.portal.url is not set").build();
        }
        URI token = URI.create(url.toString().replaceAll("/+$", "") + "/token");
        return reach.check(token, () -> HttpRequest.newBuilder(token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), new Reachability.Verdict() {
                    @Override
                    public boolean up(int status) {
                        return status == 200;
                    }

                    @Override
                    public String why(int status) {
                        return status == 400 || status == 401 || status == 403 ? "credentials refused" : null;
                    }
                });
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
