package vn.dvc.adapter.sync;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A run's breaker: it opens after {@code adapter.sync.breaker-threshold} batches in a row fail on
 * transient faults only, and the run then stops calling the portal. One writer, {@link PushStep},
 * from the push threads: several batches answer at once, so the count is atomic and the reason is
 * set once, by the batch that opened it.
 */
final class Breaker {

    private final AtomicInteger inARow = new AtomicInteger();
    private final AtomicReference<String> open = new AtomicReference<>();

    /** A batch answered: whether the breaker's threshold is reached (it counts batches in a row failing transiently). */
    boolean tripped(boolean allTransient, int threshold) {
        if (!allTransient) {
            inARow.set(0);
            return false;
        }
        return inARow.incrementAndGet() >= threshold;
    }

    /** Opens it: true for the one call that did. */
    boolean open(String reason) {
        return open.compareAndSet(null, reason);
    }

    /** Why it opened, or null while it is closed. */
    String reason() {
        return open.get();
    }
}
