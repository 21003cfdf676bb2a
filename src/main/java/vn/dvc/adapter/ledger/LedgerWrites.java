package vn.dvc.adapter.ledger;

import java.util.function.Supplier;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.system.Clustering;

/**
 * The write transactions of the runs (each portal call's outcomes, a page's refused records, the
 * checkpoint): side by side on PostgreSQL, one at a time on H2. H2 2.x recovers cleanly from a
 * {@code kill -9} with one transaction in progress at a time: with two committing at once, CrashIT
 * found a row in the table that its primary-key index had lost after recovery. A commit there is a
 * few milliseconds against portal calls of tens, so the turn costs little; PostgreSQL needs none,
 * and batches of different calls commit at once.
 */
@Component
public class LedgerWrites {

    private final TransactionTemplate tx;
    private final String url;
    private final boolean oneAtATime;
    private final Object turn = new Object();

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
        synchronized (turn) {
            return tx.execute(status -> work.get());
        }
    }
}
