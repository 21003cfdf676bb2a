package vn.dvc.adapter.admin.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;

import vn.dvc.adapter.admin.AdminProperties;

/**
 * One cheap HTTP call with short timeouts, its answer kept for {@code adapter.admin.health.cache-for}
 * so that frequent probes do not load the other system.
 */
final class Reachability {

    /** What the probe decides from an HTTP status. */
    interface Verdict {
        boolean up(int status);
    }

    private final HttpClient http;
    private final Duration timeout;
    private final Duration cacheFor;
    private volatile Health last;
    private volatile Instant lastAt = Instant.EPOCH;

    Reachability(AdminProperties.Health settings) {
        this.timeout = settings.timeout();
        this.cacheFor = settings.cacheFor();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Health check(URI url, Supplier<HttpRequest.Builder> request, Verdict verdict) {
        Health h = last;
        if (h != null && lastAt.plus(cacheFor).isAfter(Instant.now())) {
            return h;
        }
        h = probe(url, request, verdict);
        last = h;
        lastAt = Instant.now();
        return h;
    }

    private Health probe(URI url, Supplier<HttpRequest.Builder> request, Verdict verdict) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.get().timeout(timeout).build(), HttpResponse.BodyHandlers.discarding());
            long ms = (System.nanoTime() - start) / 1_000_000;
            Health.Builder b = verdict.up(response.statusCode()) ? Health.up() : Health.down();
            return b.withDetail("url", url.toString()).withDetail("httpStatus", response.statusCode())
                    .withDetail("latencyMs", ms).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("url", url.toString()).withDetail("error", "interrupted").build();
        } catch (Exception e) {
            return Health.down().withDetail("url", url.toString())
                    .withDetail("error", e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()))
                    .build();
        }
    }
}
