package vn.dvc.adapter.portal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.Say;

/**
 * Keeps the adapter within the portal's rate limit, across all pushing threads. Calls are spaced
 * to at most {@code adapter.portal.max-calls-per-second} (0: no limit of our own), and a 429
 * with Retry-After holds every thread until it has passed, not only the one that got it, so
 * raising {@code adapter.sync.concurrency} never turns into a storm of 429s.
 */
@Component
public class Throttle {

    private static final Logger log = LoggerFactory.getLogger(Throttle.class);

    private final long spacingNanos;
    /** No call starts before this (System.nanoTime()). */
    private long nextSlot = System.nanoTime();

    public Throttle(AdapterProperties properties) {
        double maxCallsPerSecond = properties.portal().maxCallsPerSecond();
        this.spacingNanos = maxCallsPerSecond > 0 ? (long) (1e9 / maxCallsPerSecond) : 0;
    }

    /** Waits for this call's turn. */
    void acquire() {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = Math.max(now, nextSlot);
            nextSlot = slot + spacingNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            sleep(wait);
        }
    }

    /** The portal said 429: no call from any thread until {@code retryAfter} (at least one second) has passed. */
    void pause(Duration retryAfter) {
        long until = System.nanoTime() + Math.max(1_000_000_000L, retryAfter == null ? 0 : retryAfter.toNanos());
        synchronized (this) {
            if (until > nextSlot) {
                nextSlot = until;
                log.info(Say.of("Cổng DVCQG báo quá tần suất (HTTP 429): tạm dừng mọi lời gọi {} ms",
                        "the portal answered too many requests (HTTP 429): every call waits {} ms"),
                        (until - System.nanoTime()) / 1_000_000);
            }
        }
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalFault("INTERRUPTED", "bị ngắt khi chờ lượt gọi Cổng DVCQG", null, null, e);
        }
    }
}
