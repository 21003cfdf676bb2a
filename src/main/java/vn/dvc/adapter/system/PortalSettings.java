package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.has;
import static vn.dvc.adapter.system.SettingProblems.isHttp;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.portal.*}: the national portal's integration gateway; secrets come from the environment.
 * Calls are kept to {@code maxCallsPerSecond} across all threads (0: no limit of our own; {@code portal/Throttle}).
 */
public record PortalSettings(URI url, String clientId, String clientSecret, String username, String password,
                             String madonvi, @DefaultValue("0") double maxCallsPerSecond) {

    public void problems(List<String> out) {
        require(out, url != null, "adapter.portal.url", "is not set");
        require(out, url == null || isHttp(url), "adapter.portal.url", "must be an http(s) URL, is " + url);
        require(out, has(clientId), "adapter.portal.client-id", "is not set");
        require(out, has(clientSecret), "adapter.portal.client-secret", "is not set (use ADAPTER_PORTAL_CLIENT_SECRET)");
        require(out, has(username), "adapter.portal.username", "is not set");
        require(out, has(password), "adapter.portal.password", "is not set (use ADAPTER_PORTAL_PASSWORD)");
        require(out, has(madonvi), "adapter.portal.madonvi", "is not set");
        require(out, maxCallsPerSecond >= 0, "adapter.portal.max-calls-per-second",
                "must be 0 (no limit) or more, is " + maxCallsPerSecond);
    }
}
