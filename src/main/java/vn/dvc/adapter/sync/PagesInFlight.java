package vn.dvc.adapter.sync;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The pages of one run that are read and checked but not yet past the checkpoint, in the order
 * they were read: at most {@code max} of them, so memory stays bounded however slow the portal is.
 * A page leaves when it and every page before it have all their outcomes committed — the
 * checkpoint is a low-water mark — and the one that leaves last moves the checkpoint, under this
 * object's lock so it never moves backwards. A page that failed never leaves: nothing after it can
 * pass the checkpoint, and the run ends with the failure once the others are done.
 */
final class PagesInFlight {

    private static final class Slot {
        final RecordedPage page;
        final Set<String> ids;
        boolean done;

        Slot(RecordedPage page, Set<String> ids) {
            this.page = page;
            this.ids = ids;
        }
    }

    private final int max;
    private final ArrayDeque<Slot> slots = new ArrayDeque<>();
    private Throwable failure;
    /** Pages admitted whose pushes have not ended ({@link #ended} or {@link #failed}). */
    private int running;
    private int busiest;

    PagesInFlight(int max) {
        this.max = Math.max(1, max);
    }

    /** Waits for room, then takes the page in; rethrows a failure of an earlier page instead. */
    synchronized void admit(RecordedPage page, Set<String> ids) throws InterruptedException {
        while (slots.size() >= max && failure == null) {
            wait();
        }
        rethrow();
        slots.add(new Slot(page, ids));
        running++;
        busiest = Math.max(busiest, slots.size());
    }

    /**
     * Before a page's dossiers are compared with the ledger: waits until no page still in flight
     * holds any of them (a dossier changed during the run is read twice), so its earlier version's
     * outcome is committed and the comparison sees it.
     */
    synchronized void awaitNoneOf(Collection<String> ids) throws InterruptedException {
        while (failure == null && holdsAny(ids)) {
            wait();
        }
        rethrow();
    }

    /** How many pages are in flight now (read, not yet past the checkpoint). */
    synchronized int size() {
        return slots.size();
    }

    /** The most pages that were in flight at once. */
    synchronized int busiest() {
        return busiest;
    }

    /**
     * The page's outcomes are all committed: every page at the head that is done leaves, in order,
     * each handed to {@code passed} under this lock. Called inside the transaction that moves the
     * checkpoint; the page's push ends with {@link #ended} once that commits, or with {@link #failed}.
     */
    synchronized void done(RecordedPage page, Consumer<RecordedPage> passed) {
        try {
            for (Slot s : slots) {
                if (s.page == page) {
                    s.done = true;
                }
            }
            while (!slots.isEmpty() && slots.peek().done) {
                passed.accept(slots.peek().page);
                slots.poll();
            }
        } finally {
            notifyAll();
        }
    }

    /**
     * A page's push ended well: its {@link #done} committed. Not counted in {@code done} itself: a commit
     * that failed after it (the ledger's database cut at COMMIT, or another write of the same group commit)
     * ends the push as {@link #failed} too, and counting both let an aborting run's {@link #quiesce} return
     * while another page was still pushing, so the lease went to the next run beside it.
     */
    synchronized void ended() {
        running--;
        notifyAll();
    }

    /** A page's push failed: it stays, the run stops admitting pages and ends with this failure. */
    synchronized void failed(Throwable t) {
        if (failure == null) {
            failure = t;
        }
        running--;
        notifyAll();
    }

    /** Waits until the pushes of every page admitted have ended; rethrows the first failure. */
    synchronized void drain() throws InterruptedException {
        while (running > 0) {
            wait();
        }
        rethrow();
    }

    /** Waits, at most {@code millis}, for the pushes still running to end, whatever they end in (a run that aborts). */
    synchronized void quiesce(long millis) throws InterruptedException {
        long until = System.currentTimeMillis() + millis;
        for (long left = millis; running > 0 && left > 0; left = until - System.currentTimeMillis()) {
            wait(left);
        }
    }

    private boolean holdsAny(Collection<String> ids) {
        for (Slot s : slots) {
            if (!s.done) {
                for (String id : ids) {
                    if (s.ids.contains(id)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private void rethrow() {
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure.getMessage(), failure);
        }
    }
}
