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
 * so that frequent probes do not load the other system. Its details leave out the URL: any signed-in
 * viewer reads them, and internal addresses are not theirs to know.
 */
final class Reachability {

    /** What the probe decides from an HTTP status. */
    interface Verdict {
        boolean up(int status);

        /** Why a status is DOWN, for the details; null says nothing more than the status. */
        default String why(int status) {
            return null;
        }
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
        return cached(() -> probe(url, request, verdict));
    }

    /** Any probe's answer, kept for {@code cache-for}. */
    Health cached(Supplier<Health> probe) {
        Health h = last;
        if (h != null && lastAt.plus(cacheFor).isAfter(Instant.now())) {
            return h;
        }
        h = probe.get();
        last = h;
        lastAt = Instant.now();
        return h;
    }

    private Health probe(URI url, Supplier<HttpRequest.Builder> request, Verdict verdict) {
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = http.send(request.get().timeout(timeout).build(), HttpResponse.BodyHandlers.discarding());
            long ms = (System.nanoTime() - start) / 1_000_000;
            boolean up = verdict.up(response.statusCode());
            Health.Builder b = up ? Health.up() : Health.down();
            String why = up ? null : verdict.why(response.statusCode());
            if (why != null) {
                b.withDetail("error", why);
            }
            return b.withDetail("httpStatus", response.statusCode()).withDetail("latencyMs", ms).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("error", "interrupted").build();
        } catch (Exception e) {
            // the class names the fault; the message may carry the address, which a viewer need not know
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
