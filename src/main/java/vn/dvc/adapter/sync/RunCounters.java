package vn.dvc.adapter.sync;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

import vn.dvc.adapter.checks.ProgressIssue;
import vn.dvc.adapter.ledger.RunCounts;
import vn.dvc.adapter.ledger.RunStatus;

/**
 * What a run has counted. Two writers, each with counters of its own: {@link PageRecorder} what a
 * page came to when it is read (the loop's thread, a page at a time) and {@link PushStep} the portal's
 * outcomes (the push threads, several batches at once). Atomic counters and a concurrent map because
 * the push threads add at the same time, and the heartbeat ({@link RunControl#passed}) and the run's
 * end read them from other threads than the one that wrote.
 */
final class RunCounters {

    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicInteger pulled = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicInteger quarantined = new AtomicInteger();
    private final AtomicInteger held = new AtomicInteger();
    /** Progress entries held back, and shortened, among the dossiers this run sent. */
    private final AtomicInteger progressHeld = new AtomicInteger();
    private final AtomicInteger progressShortened = new AtomicInteger();
    /** Source fields the contract does not know (schema drift): how many records carried each. */
    private final ConcurrentSkipListMap<String, AtomicInteger> drift = new ConcurrentSkipListMap<>();
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();

    /** A page read (PageRecorder): its records, those unchanged, quarantined and held. */
    void page(int records, int unchangedOnes, int quarantinedOnes, int heldOnes) {
        pages.incrementAndGet();
        pulled.addAndGet(records);
        unchanged.addAndGet(unchangedOnes);
        quarantined.addAndGet(quarantinedOnes);
        held.addAndGet(heldOnes);
    }

    /** Rows a replay read from the ledger, and those of them still held (left as they are). */
    void replayed(int rows, int stillHeld) {
        pulled.addAndGet(rows);
        held.addAndGet(stillHeld);
    }

    /** A record's fields outside the contract (PageRecorder). */
    void drift(List<String> unknownFields) {
        for (String field : unknownFields) {
            drift.computeIfAbsent(field, f -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** The progress entries of a dossier to send that were held back or shortened (PageRecorder). */
    void progressIssues(List<ProgressIssue> issues) {
        for (ProgressIssue issue : issues) {
            (issue.action() == ProgressIssue.Action.HELD ? progressHeld : progressShortened).incrementAndGet();
        }
    }

    /** A batch's outcomes (PushStep). */
    void outcomes(int sentOnes, int failedOnes, int rejectedOnes) {
        sent.addAndGet(sentOnes);
        failed.addAndGet(failedOnes);
        rejected.addAndGet(rejectedOnes);
    }

    int pages() {
        return pages.get();
    }

    int pulled() {
        return pulled.get();
    }

    int sent() {
        return sent.get();
    }

    int failed() {
        return failed.get();
    }

    /** The schema drift seen so far, field → records, in field order. */
    Map<String, Integer> driftCounts() {
        Map<String, Integer> out = new LinkedHashMap<>();
        drift.forEach((field, n) -> out.put(field, n.get()));
        return out;
    }

    RunCounts counts() {
        return new RunCounts(pages.get(), pulled.get(), sent.get(), unchanged.get(), quarantined.get(), failed.get(),
                rejected.get(), held.get());
    }

    /** The run's summary with these counts: how it ended, as {@link RunControl#close} recorded it. */
    RunSummary summary(long run, RunStatus status, long pending, long ms, String checkpoint, String message,
                       Map<String, Integer> driftSeen) {
        return new RunSummary(run, status, pages.get(), pulled.get(), sent.get(), unchanged.get(), quarantined.get(),
                failed.get(), rejected.get(), held.get(), pending, ms, checkpoint, message, progressHeld.get(),
                progressShortened.get(), driftSeen);
    }
}
