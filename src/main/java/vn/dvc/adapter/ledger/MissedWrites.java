package vn.dvc.adapter.ledger;

import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.stereotype.Component;

/**
 * The ends this process could not write to the ledger while its database was away — a run's end
 * ({@link Runs}), a run whose insert went unanswered, a reconcile's end and drift list, a replay's
 * audit line — kept in memory and written, in the order they came, before this process's next run
 * or reconcile ({@link #flush}), so that none stays RUNNING for ever. A run's end is guarded by its
 * row's status, so one that reached the ledger after all changes nothing. A process that exits first
 * leaves them to the next process: a run is then closed as ABORTED ({@link Runs#closeAbandoned}).
 */
@Component
public class MissedWrites {

    private final ConcurrentLinkedQueue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    /** Keeps a write the ledger could not take. */
    public void later(Runnable write) {
        waiting.add(write);
    }

    /** Writes what was kept, in order; stops at the first that fails (the ledger still away), keeping it and the rest. */
    public void flush() {
        for (Runnable write = waiting.peek(); write != null; write = waiting.peek()) {
            write.run();
            waiting.remove(write);
        }
    }
}
