package vn.dvc.adapter.sync;

import java.time.Duration;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.Checkpoints;
import vn.dvc.adapter.ledger.Lease;
import vn.dvc.adapter.ledger.LedgerWrites;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.ledger.Runs;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.CrashPoints;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * Opens and closes a run, tells the route where to read next, and moves the checkpoint past a
 * page once every dossier of it has a committed outcome. A run holds the ledger's lease; a
 * shutdown (SIGTERM) lets the current page finish and then ends the run.
 */
@Component("runControl")
public class RunControl implements ApplicationListener<ContextClosedEvent> {

    private static final Logger log = LoggerFactory.getLogger(RunControl.class);
    static final Duration LEASE = Duration.ofMinutes(2);
    /** How long an aborting run waits for the pages still pushing (well inside the lease). */
    private static final Duration QUIESCE = Duration.ofMinutes(1);

    private final Runs runs;
    private final Checkpoints checkpoints;
    private final Lease lease;
    private final TransferReads transfers;
    private final AdapterProperties properties;
    private final CrashPoints crash;
    private final LedgerWrites ledger;
    private final java.util.List<RunListener> listeners;
    private volatile boolean shuttingDown;

    public RunControl(Runs runs, Checkpoints checkpoints, Lease lease, TransferReads transfers, AdapterProperties properties,
                      CrashPoints crash, LedgerWrites ledger, java.util.List<RunListener> listeners) {
        this.listeners = listeners;
        this.ledger = ledger;
        this.runs = runs;
        this.checkpoints = checkpoints;
        this.lease = lease;
        this.transfers = transfers;
        this.properties = properties;
        this.crash = crash;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        shuttingDown = true;
    }

    public SyncRun begin(Exchange exchange) {
        return open(RunKind.SYNC, exchange, properties.sync().lockWait());
    }

    /** Opens a run of this kind: takes the lease, closes runs left behind by killed processes. */
    public SyncRun open(RunKind kind, Exchange exchange, Duration wait) {
        Lease.Held held = lease.acquire(LEASE, wait);
        if (held == null) {
            throw new IllegalStateException("một lượt khác đang ghi sổ cái (" + lease.holder() + "); thử lại sau");
        }
        Long id = null;
        SyncRun run;
        try {
            runs.closeAbandoned(Runs.STALE);
            id = runs.start(kind);
            run = new SyncRun(id, kind, held, checkpoints.load(properties.sync().initialSince()),
                    properties.sync().pagesInFlight(properties.source().pageSize()));
        } catch (RuntimeException | Error e) {
            // The ledger failed between the lease and the run (its database cut there): the lease goes back now, or
            // at this process's next run when the ledger cannot hear it, not when it runs out (every later run of
            // serve waited for it, two minutes); the run's row is closed before the next run.
            if (id != null) {
                runs.unrecorded(id, RunStatus.FAILED, ledger.fault(e));
            }
            try {
                lease.release(held);
            } catch (RuntimeException gone) {
                e.addSuppressed(gone);
            }
            throw e;
        }
        exchange.setProperty(ExchangeKeys.RUN, run);
        log.info(Say.of("lượt {} {} bắt đầu, đọc nguồn từ {}", "run {} {} started, reading the source from {}"), kind, run.id,
                run.position.since());
        return run;
    }

    public PageRequest nextRequest(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        return new PageRequest(run.position.since(), run.position.cursor(), properties.source().pageSize());
    }

    /** The page loop's condition: the source has more, and the run has not stopped (a shutdown stops it here). */
    public boolean morePages(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        if (shuttingDown && !run.stopped()) {
            run.position.stop("đang dừng theo yêu cầu (SIGTERM)");
        }
        return run.position.morePages() && !run.stopped();
    }

    /** A page was read and checked ({@link PagePipeline#admit}): where the next one starts, whether there is one. */
    void pageRead(RecordedPage page, SyncRun run) {
        run.position.pageRead(page.page().nextCursor(), page.page().last());
    }

    /**
     * The page and every page before it have all their outcomes committed ({@link PagePipeline}):
     * the checkpoint passes it. Called in page order, never two at once.
     */
    void passed(RecordedPage recorded, SyncRun run) {
        if (run.stopped()) {
            // Some batches were not pushed: their dossiers are read again next run, the checkpoint stays behind them
            // (and the page loop has ended: it reads on only while the run has not stopped).
            return;
        }
        if (recorded.next() != null) {
            checkpoints.advance(recorded.next());
        }
        run.position.passed(recorded.next(), recorded.first());
        RunCounters c = run.counters;
        alive(run);
        if (c.pages() % 20 == 0) {
            log.info(Say.of("lượt {}: {} trang, {} hồ sơ đã đọc, {} đã gửi", "run {}: {} pages, {} dossiers read, {} sent"), run.id,
                    Say.n(c.pages()), Say.n(c.pulled()), Say.n(c.sent()));
        }
        long elapsed = System.nanoTime() - run.startNanos;
        listeners.forEach(l -> l.pageDone(run.id, c.pages(), c.pulled(), c.sent(), run.position.firstSeen(),
                run.position.since(), elapsed));
    }

    /** The run is at work: its heartbeat and counts, and the ledger's lease for another {@link #LEASE}. */
    private void alive(SyncRun run) {
        runs.heartbeat(run.id, run.counters.counts());
        lease.renew(run.lease, LEASE);
    }

    /**
     * A batch that passes no page (a replay's, a repair's, a sync's unfinished rows sent again before its first
     * page) says the run is alive, in its turn on the ledger as {@link #passed} does ({@link PushStep#record}).
     * Such runs kept neither heartbeat nor lease: a longer one lost its lease after two minutes, and another
     * host read it as gone after ten ({@code Runs.Running.gone}).
     */
    void batchDone(SyncRun run) {
        run.onLedger(() -> ledger.commit(() -> {
            alive(run);
            return null;
        }));
    }

    /** A failure of the ledger in one line naming its database ({@link LedgerWrites#fault}). */
    public String ledgerFault(Throwable e) {
        return ledger.fault(e);
    }

    public RunSummary finish(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        RunStatus status = run.stopped() ? RunStatus.INTERRUPTED : run.counters.failed() == 0 ? RunStatus.SUCCEEDED : RunStatus.PARTIAL;
        return close(run, status, run.stopReason());
    }

    /**
     * A run the route could not finish: what it counted stays, the cause is recorded. A failure of the
     * ledger is told in one line naming the database (the trace goes to the log's DEBUG), and ends the
     * run within a bound: its pushes make no further call, and the calls in flight end first.
     */
    public RunSummary abort(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        // the ledger's own failure, as its readers and writers noted it (a source database's is the source's)
        boolean ledgerLost = run != null && run.ledgerFailure() != null;
        Throwable first = ledgerLost ? run.ledgerFailure() : cause;
        String message = ledgerLost ? ledger.fault(first) : first == null ? "không rõ nguyên nhân" : String.valueOf(first.getMessage());
        log.error(Say.of("lượt {} dừng do lỗi: {}", "run {} stopped on an error: {}"), run == null ? "?" : run.id, message);
        log.debug("lượt {}: nguyên nhân", run == null ? "?" : run.id, first);
        if (run == null) {
            throw new IllegalStateException(message, cause);
        }
        try {
            // the pages still pushing end before the lease is released, so no other run overlaps them
            run.inFlight.quiesce(QUIESCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return close(run, RunStatus.FAILED, message);
    }

    /**
     * Records the run's end (its counts, status and message) and releases the lease, in one
     * transaction. When the ledger cannot take it, the run ends FAILED all the same, with the ledger's
     * failure as its message: this process records that end before its next run, another process
     * closes the run as abandoned, and the lease runs out ({@link Lease}).
     */
    public RunSummary close(SyncRun run, RunStatus status, String message) {
        java.util.Map<String, Integer> drift = run.counters.driftCounts();
        RunStatus ended = status;
        String said = message;
        long pending = 0;
        try {
            pending = ledger.commit(() -> {
                runs.finish(run.id, status, run.counters.counts(), message, SchemaDrift.text(drift));
                lease.release(run.lease);
                return transfers.countByState().get(State.PENDING);
            });
        } catch (RuntimeException e) {
            String fault = ledger.fault(e);
            said = status == RunStatus.FAILED && message != null ? message : fault;
            ended = RunStatus.FAILED;
            runs.unrecorded(run.id, ended, said);
            lease.forget(run.lease);
            log.error(Say.of("lượt {}: không ghi được kết thúc vào sổ cái: {}", "run {}: its end could not be written to the ledger: {}"), run.id, fault);
            log.debug("lượt {}: nguyên nhân", run.id, e);
        }
        if (!drift.isEmpty()) {
            // once per run, however many records carry them: the one-stop vendor added fields the contract lacks
            log.warn(Say.of("lượt {}: hệ thống một cửa gửi {} trường ngoài hợp đồng (không gửi lên Cổng DVCQG): {}",
                    "run {}: the one-stop system sends {} fields outside the contract (not sent to the portal): {}"), run.id,
                    drift.size(), SchemaDrift.text(drift));
        }
        long ms = (System.nanoTime() - run.startNanos) / 1_000_000;
        var checkpoint = run.position.checkpoint();
        RunSummary summary = run.counters.summary(run.id, ended, pending, ms,
                checkpoint == null ? null : checkpoint.updatedSince().toString(), said, drift);
        log.info(Say.of("lượt {} {} kết thúc ({}): {} đọc, {} gửi, {} không đổi, {} cách ly, {} giữ lại, {} lỗi, {} bị từ chối,"
                        + " {} còn chờ, {} ms", "run {} {} ended ({}): {} read, {} sent, {} unchanged, {} quarantined, {} held, {} failed,"
                        + " {} rejected, {} pending, {} ms"), run.kind, run.id, ended, Say.n(summary.pulled()), Say.n(summary.sent()),
                Say.n(summary.unchanged()), Say.n(summary.quarantined()), Say.n(summary.held()), Say.n(summary.failed()),
                Say.n(summary.rejected()), Say.n(pending), Say.n(ms));
        listeners.forEach(l -> l.runClosed(run.kind, summary));
        return summary;
    }
}
