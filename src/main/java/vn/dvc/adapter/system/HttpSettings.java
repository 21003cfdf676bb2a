package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.between;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.http.*}: the HTTP timeouts to both systems, in milliseconds, as Camel's http component
 * takes them ({@code camel.component.http.*} in {@code config/application.yaml} refer to these).
 */
public record HttpSettings(@DefaultValue("5000") int connectTimeoutMs, @DefaultValue("30000") int readTimeoutMs) {

    public void problems(List<String> out) {
        between(out, connectTimeoutMs, 1, 600_000, "adapter.http.connect-timeout-ms");
        between(out, readTimeoutMs, 1, 3_600_000, "adapter.http.read-timeout-ms");
    }
}
