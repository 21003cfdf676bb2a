package vn.dvc.adapter.sync;

import java.time.Instant;

import vn.dvc.adapter.ledger.Checkpoint;

/**
 * Where a run reads, and whether it reads on. One writer, {@link RunControl}: the cursor, whether the
 * source has more pages and a stop asked by a shutdown on the loop's thread as each page is admitted
 * or asked for; the checkpoint and the first instant read on the push thread that passes a page
 * ({@link PagesInFlight} hands pages over one at a time, in order). Volatile fields of immutable values:
 * the loop's thread reads the checkpoint a push thread moved, and the run's end reads them all.
 */
final class ReadPosition {

    private volatile Checkpoint checkpoint;
    private volatile String cursor;
    private volatile boolean morePages = true;
    /** CapNhatLuc of the first dossier the run read: where its progress is measured from. */
    private volatile Instant firstSeen;
    /** Why the run stops reading though the source has more (a shutdown), or null. */
    private volatile String stopAsked;

    ReadPosition(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** A page was read: where the next one starts, and whether there is one. */
    void pageRead(String nextCursor, boolean last) {
        cursor = nextCursor;
        morePages = !last;
    }

    /** The checkpoint passed a page; the first page to pass gives the first instant read. */
    void passed(Checkpoint next, Instant first) {
        if (next != null) {
            checkpoint = next;
        }
        if (firstSeen == null) {
            firstSeen = first;
        }
    }

    void stop(String reason) {
        if (stopAsked == null) {
            stopAsked = reason;
        }
    }

    Checkpoint checkpoint() {
        return checkpoint;
    }

    Instant since() {
        return checkpoint.updatedSince();
    }

    String cursor() {
        return cursor;
    }

    boolean morePages() {
        return morePages;
    }

    Instant firstSeen() {
        return firstSeen;
    }

    String stopAsked() {
        return stopAsked;
    }
}
