package vn.dvc.adapter.admin.ops;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import org.springframework.boot.health.contributor.Health;

/**
 * A health probe answered within a timeout, whatever the system probed does: the probe runs on a thread of its
 * own; a caller waits the timeout at most, then gets {@code late}'s answer; a probe still running is joined, not
 * doubled; an answer is kept for the timeout, and one that comes after its callers stopped waiting still goes to
 * the next ones (a system back is UP at once). A database away made the pool's own wait (10 s) every health answer's.
 */
final class BoundedProbe {

    private final Duration timeout;
    private final Supplier<Health> probe;
    private final Supplier<Health> late;
    private final Executor probes;
    private CompletableFuture<Health> running;
    private Health answer;
    private long answeredAt;

    /**
     * @param name    the probe thread's name
     * @param probe   the check itself; it may wait as long as the system lets it
     * @param late    the answer when the probe has not answered within the timeout
     */
    BoundedProbe(String name, Duration timeout, Supplier<Health> probe, Supplier<Health> late) {
        this.timeout = timeout;
        this.probe = probe;
        this.late = late;
        this.probes = runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            t.start();
        };
    }

    Health health() {
        synchronized (this) {
            if (answer != null && System.nanoTime() - answeredAt < timeout.toNanos()) {
                return answer;
            }
        }
        try {
            Health h = waitFor(current());
            keep(h);
            return h;
        } catch (InterruptedException e) {   // this caller's own stop, not the system's state: not kept
            Thread.currentThread().interrupt();
            return Health.unknown().withDetail("error", "interrupted").build();
        }
    }

    private synchronized void keep(Health h) {
        answer = h;
        answeredAt = System.nanoTime();
    }

    private Health waitFor(CompletableFuture<Health> probe) throws InterruptedException {
        try {
            return probe.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return late.get();
        } catch (ExecutionException e) {
            return Health.down().withDetail("error", e.getCause().getClass().getSimpleName()).build();
        }
    }

    /** The probe still running, else a new one. */
    private synchronized CompletableFuture<Health> current() {
        if (running == null || running.isDone()) {
            running = CompletableFuture.supplyAsync(probe, probes);
            running.thenAccept(this::keep);
        }
        return running;
    }
}
