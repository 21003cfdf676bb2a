package vn.dvc.adapter.sync;

import java.util.HashSet;
import java.util.Set;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.LedgerWrites;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.CrashPoints;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * Overlaps reading with pushing: a checked page is taken into the run's {@link PagesInFlight}
 * (waiting while it is full) and its batches are pushed in the background ({@code push-page})
 * while the loop reads and checks the next page; batches of consecutive pages share the push
 * threads ({@code adapter.sync.concurrency}). When a page's outcomes are all committed it is done,
 * and the checkpoint passes every page at the head that is done (a low-water mark), so a crash
 * anywhere leaves the checkpoint behind every dossier without a committed outcome.
 */
@Component("pagePipeline")
public class PagePipeline {

    private final RunControl runControl;
    private final LedgerWrites ledger;
    private final CrashPoints crash;

    public PagePipeline(RunControl runControl, LedgerWrites ledger, CrashPoints crash) {
        this.runControl = runControl;
        this.ledger = ledger;
        this.crash = crash;
    }

    /** After a page is checked and its refused records committed: where to read next, then room for it. */
    public void admit(RecordedPage page, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) throws InterruptedException {
        runControl.pageRead(page, run);
        if (run.inFlight.size() > 0) {
            crash.reached(CrashPoints.Point.PAGE_CHECKED_WHILE_PUSHING);
        }
        run.inFlight.admit(page, pushed(page));
    }

    /** Every batch of the page is pushed and its outcomes committed. */
    public void pushed(RecordedPage page, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        crash.reached(CrashPoints.Point.OUTCOME_RECORDED);
        // the checkpoint, heartbeat and lease of the pages that pass: one transaction, in its turn
        run.onLedger(() -> ledger.commit(() -> {
            run.inFlight.done(page, passed -> runControl.passed(passed, run));
            return null;
        }));
        run.inFlight.ended();   // committed: a commit that throws ends the push in failed() instead, once
    }

    /** A page's push failed (the ledger, not the portal: portal faults are outcomes): the run ends with it. */
    public void failed(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        run.inFlight.failed(cause == null ? new IllegalStateException("một trang không gửi được") : cause);
    }

    /** After the last page: waits for the pages still pushing; a failure of one ends the run as FAILED. */
    public void drain(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) throws InterruptedException {
        run.inFlight.drain();
    }

    /** The dossiers whose outcome the page has yet to commit: those in its batches. */
    private static Set<String> pushed(RecordedPage page) {
        Set<String> ids = new HashSet<>();
        for (Batch b : page.batches()) {
            for (PushItem item : b.items()) {
                ids.add(item.maHoSo());
            }
        }
        return ids;
    }
}
