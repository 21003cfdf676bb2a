package vn.dvc.adapter.portal;

import vn.dvc.adapter.system.Say;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dvc.adapter.system.SyncSettings;

/**
 * Retries transient faults with exponential backoff and jitter (half fixed, half random), waiting at least a 429's
 * Retry-After. The number of attempts and the delays are configuration.
 */
public final class Retry {

    private static final Logger log = LoggerFactory.getLogger(Retry.class);

    private final int maxAttempts;
    private final Duration base;
    private final Duration cap;

    /** The retries an operator configured under {@code adapter.sync}. */
    public static Retry from(SyncSettings sync) {
        return new Retry(sync.maxAttempts(), sync.retryBackoff(), sync.maxBackoff());
    }

    public Retry(int maxAttempts, Duration base, Duration cap) {
        this.maxAttempts = maxAttempts;
        this.base = base;
        this.cap = cap;
    }

    /** Runs {@code call} until it succeeds or {@code maxAttempts} transient faults; then throws the last one. */
    public <T> T call(String what, Supplier<T> call) {
        return call(what, call, fault -> { });
    }

    /** The same, telling {@code failed} of each attempt's fault as it happens (the last one too). */
    public <T> T call(String what, Supplier<T> call, java.util.function.Consumer<PortalFault> failed) {
        return tries(what, call, failed, null);
    }

    /** The same, the first try having been made elsewhere and failed with {@code first}: told, then the tries go on from the second. */
    public <T> T callAfter(String what, PortalFault first, Supplier<T> call) {
        return tries(what, call, fault -> { }, first);
    }

    private <T> T tries(String what, Supplier<T> call, java.util.function.Consumer<PortalFault> failed, PortalFault first) {
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt == 1 && first != null) {
                    throw first;
                }
                return call.get();
            } catch (PortalFault fault) {
                failed.accept(fault);
                if (attempt >= maxAttempts) {
                    throw fault;
                }
                Duration wait = delay(attempt, fault.retryAfter());
                log.warn(Say.of("{}: {} (lần {}/{}), thử lại sau {} ms", "{}: {} (try {}/{}), again in {} ms"), what,
                        Say.of(fault.getMessage(), fault.english()), attempt, maxAttempts, wait.toMillis());
                sleep(wait);
            }
        }
    }

    Duration delay(int attempt, Duration retryAfter) {
        long ceiling = Math.min(cap.toMillis(), base.toMillis() << Math.min(attempt - 1, 20));
        long jittered = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        long wait = retryAfter == null ? jittered : Math.max(retryAfter.toMillis(), jittered);
        return Duration.ofMillis(wait);
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalFault("INTERRUPTED", "bị ngắt khi chờ thử lại", null, null, e);
        }
    }
}
