package vn.dvc.adapter.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.system.Clustering;

/**
 * The write transactions of the runs (each portal call's outcomes, a page's refused records, the
 * checkpoint): side by side on PostgreSQL, one at a time on H2. H2 2.x recovers cleanly from a
 * {@code kill -9} with one transaction in progress at a time: with two committing at once, CrashIT
 * found a row in the table that its primary-key index had lost after recovery. PostgreSQL needs no
 * turn, and batches of different calls commit at once.
 *
 * <p>On H2 the turn is a group commit: the writes that queued while one transaction committed go
 * together in the next, and each caller still returns only once its own writes are committed. Every
 * H2 commit is durable ({@code WRITE_DELAY=0}) and writes a chunk of the changed pages; at four calls
 * in flight that chunk was a third of the ledger's CPU, and one chunk for several calls writes the
 * pages they share once (docs/benchmarks.md). A transaction that fails fails every write of its group:
 * they belong to runs that stop at a failed write anyway, and a write is never run twice.
 */
@Component
public class LedgerWrites {

    private final TransactionTemplate tx;
    private final String url;
    private final boolean oneAtATime;
    private final Object turn = new Object();
    /** Writes waiting for the turn, guarded by {@code queue}'s own lock. */
    private final List<Write<?>> queue = new ArrayList<>();

    public LedgerWrites(TransactionTemplate tx, Environment env) {
        this.tx = tx;
        this.url = env.getProperty("spring.datasource.url");
        this.oneAtATime = !Clustering.onPostgres(url);
    }

    /** The failure in one line naming this ledger's database ({@link LedgerFault#line}). */
    public String fault(Throwable e) {
        return LedgerFault.line(url, e);
    }

    /** Runs {@code work} in one transaction, committed when it returns (rolled back when it throws). */
    public void commit(Runnable work) {
        commit(() -> {
            work.run();
            return null;
        });
    }

    public <T> T commit(Supplier<T> work) {
        if (!oneAtATime) {
            return tx.execute(status -> work.get());
        }
        Write<T> mine = new Write<>(work);
        synchronized (queue) {
            queue.add(mine);
        }
        synchronized (turn) {
            if (!mine.done) {
                commitQueued();
            }
        }
        return mine.outcome();
    }

    /** With the turn held: every write queued so far, in one transaction. */
    private void commitQueued() {
        List<Write<?>> group;
        synchronized (queue) {
            group = new ArrayList<>(queue);
            queue.clear();
        }
        Throwable failed = null;
        try {
            tx.executeWithoutResult(status -> group.forEach(Write::run));
        } catch (RuntimeException | Error e) {
            failed = e;
        }
        for (Write<?> w : group) {
            w.failure = failed;
            w.done = true;   // read by its caller after the turn, whose lock publishes it
        }
    }

    /** One caller's writes and what they came to. */
    private static final class Write<T> {
        private final Supplier<T> work;
        private T result;
        private Throwable failure;
        private boolean done;

        private Write(Supplier<T> work) {
            this.work = work;
        }

        private void run() {
            result = work.get();
        }

        private T outcome() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return result;
        }
    }
}
