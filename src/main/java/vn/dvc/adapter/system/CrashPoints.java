package vn.dvc.adapter.system;

import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Fault injection for the crash tests, off unless {@code adapter.test.crash-at} is set
 * ({@link CrashTestSettings}): the
 * process halts at once (no shutdown hooks, like {@code kill -9}) the n-th time the sync passes
 * the named point of its commit order.
 */
@Component
public class CrashPoints {

    private static final Logger log = LoggerFactory.getLogger(CrashPoints.class);

    /** The points of the commit order between which a crash must lose nothing. */
    public enum Point {
        /** A page was read from the source, nothing recorded yet. */
        PAGE_READ,
        /** The page is checked and its refused records committed; nothing pushed yet. */
        PAGE_CHECKED,
        /** The portal answered a call of a batch (its dossiers, or their progress); that answer is not in the ledger yet. */
        PORTAL_ACCEPTED,
        /**
         * The portal answered a progress call (CapNhatTienDoHoSoMC); that answer is not in the ledger yet. Passed
         * after {@link #PORTAL_ACCEPTED} at the same answer: a kill here always leaves entries the portal took and
         * the ledger did not, however the run's calls alternate.
         */
        PROGRESS_ACCEPTED,
        /** Every outcome of the page is recorded; the checkpoint has not moved yet. */
        OUTCOME_RECORDED,
        /**
         * Inside the overlap: the next page is checked and its refused records committed while the
         * batches of an earlier page are still being pushed.
         */
        PAGE_CHECKED_WHILE_PUSHING
    }

    private final Point point;
    private final int after;
    private final AtomicInteger passes = new AtomicInteger();

    public CrashPoints(AdapterProperties properties) {
        String at = properties.test().crashAt();
        this.point = at == null || at.isBlank() ? null : Point.valueOf(at);
        this.after = properties.test().crashAfter();
    }

    /** The point of that name, or null when there is none ({@link AdapterProperties#problems()} names it). */
    static Point point(String name) {
        for (Point p : Point.values()) {
            if (p.name().equals(name)) {
                return p;
            }
        }
        return null;
    }

    public void reached(Point p) {
        if (p == point && passes.incrementAndGet() >= after) {
            log.error("crash test: halting at {} (pass {})", p, passes.get());
            Runtime.getRuntime().halt(137);
        }
    }
}
