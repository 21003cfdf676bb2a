package vn.dvc.adapter.ledger;

import java.util.ArrayDeque;
import java.util.Deque;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.Say;

/**
 * The ends this process could not write to the ledger while its database was away — a run's end
 * ({@link Runs}), a run whose insert went unanswered, a reconcile's end and drift list, a replay's
 * audit line — kept in memory and written, in the order they came, before this process's next run
 * or reconcile ({@link #flush}). Each is guarded by its row's status, so one that reached the ledger
 * after all changes nothing. A flush never fails its caller: it stops at the first write that fails
 * (the ledger still away; the caller's own statements then say so), and a write that failed
 * {@link #TRIES} flushes is dropped with a WARN line rather than hold the others for ever. A process
 * that exits first leaves its runs to the next process, which closes them as ABORTED
 * ({@link Runs#closeAbandoned}), and its reconciles to the next reconcile on its host.
 */
@Component
public class MissedWrites {

    private static final Logger log = LoggerFactory.getLogger(MissedWrites.class);
    /** Flushes a write may fail before it is dropped. */
    static final int TRIES = 5;

    private static final class Kept {
        final String what;
        final Runnable write;
        int failed;

        Kept(String what, Runnable write) {
            this.what = what;
            this.write = write;
        }
    }

    private final Deque<Kept> waiting = new ArrayDeque<>();

    /** Keeps a write the ledger could not take; {@code what} names it in the log if it is dropped. */
    public synchronized void later(String what, Runnable write) {
        waiting.add(new Kept(what, write));
    }

    /** Writes what was kept, in order, until one fails. */
    public synchronized void flush() {
        while (!waiting.isEmpty()) {
            Kept next = waiting.peek();
            try {
                next.write.run();
                waiting.poll();
            } catch (RuntimeException e) {
                if (++next.failed >= TRIES) {
                    waiting.poll();
                    log.warn(Say.of("sổ cái: bỏ ghi {} sau {} lần không ghi được: {}", "ledger: {} dropped after {} failed writes: {}"),
                            next.what, next.failed, LedgerFault.cause(e));
                    continue;
                }
                return;
            }
        }
    }
}
