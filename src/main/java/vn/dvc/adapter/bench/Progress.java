package vn.dvc.adapter.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Watches the portal simulator fill up during a run (every 20 ms), from outside the measured JVM,
 * to tell the steady rate from the start: the rate over the second half of what the portal received
 * leaves out JIT compilation and connection set-up, which weigh on a fresh JVM's first seconds.
 */
final class Progress implements AutoCloseable {

    private final IntSupplier accepted;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-progress");
        t.setDaemon(true);
        return t;
    });
    private final List<long[]> samples = new ArrayList<>();

    Progress(IntSupplier accepted) {
        this.accepted = accepted;
        timer.scheduleAtFixedRate(this::sample, 0, 20, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        samples.add(new long[] {System.nanoTime(), accepted.getAsInt()});
    }

    /** Dossiers the portal accepted per second over the second half of them; NaN when that took under 0.2 s. */
    synchronized double secondHalfRate() {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        long last = samples.get(samples.size() - 1)[1];
        long[] half = null;
        long[] end = null;
        for (long[] s : samples) {
            if (half == null && s[1] >= last / 2) {
                half = s;
            }
            if (end == null && s[1] >= last) {
                end = s;
            }
        }
        double seconds = (end[0] - half[0]) / 1e9;
        return seconds < 0.2 ? Double.NaN : (end[1] - half[1]) / seconds;
    }

    @Override
    public void close() {
        timer.shutdownNow();
        sample();
    }
}
