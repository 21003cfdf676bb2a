package vn.dvc.adapter.replay;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.ledger.MissedWrites;
import vn.dvc.adapter.ledger.ReplayAudits;
import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.sync.Batch;
import vn.dvc.adapter.sync.HoldPolicy;
import vn.dvc.adapter.sync.Rereads;
import vn.dvc.adapter.sync.Resender;
import vn.dvc.adapter.sync.RunControl;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncRun;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * The steps of the {@code replay} route (routes/replay.camel.yaml): open a run of kind REPLAY
 * (the ledger's lease), read the matching rows batch by batch in key order, leave aside those
 * still held ({@link HoldPolicy}, as a sync run decides), push the rest through {@code push-batch},
 * read those whose payload the ledger did not keep again from the source ({@code reread}), and close
 * the run with what became of them.
 */
@Component("replaySteps")
public class ReplaySteps {

    /** A replay under way, in the exchange property {@code replay}. */
    static final class Progress {
        final ReplayRequest request;
        final String actor;
        final List<String> replayed = new ArrayList<>();
        /** Its line in replay_audit, written before anything is sent. */
        long audit;
        /** Rows without a payload (marked FAILED by a reconcile), to read again from the source. */
        final Map<String, Instant> toReread = new LinkedHashMap<>();
        Rereads rereads;
        /** The run's end once {@link #finish} closed it: a failure after that must not close it again (as FAILED). */
        RunSummary closed;
        String after;
        boolean done;

        Progress(ReplayRequest request, String actor) {
            this.request = request;
            this.actor = actor;
        }
    }

    /** What the route is given: the request and who asked. */
    public record Order(ReplayRequest request, String actor) {}

    private final Transfers transfers;
    private final TransferReads reads;
    private final RunControl runs;
    private final MissedWrites missed;
    private final HoldPolicy holds;
    private final ObjectMapper json;
    private final ReplayAudits audits;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final int maxReplays;
    private final Duration lockWait;

    public ReplaySteps(Transfers transfers, TransferReads reads, RunControl runs, HoldPolicy holds, ObjectMapper json,
                       ReplayAudits audits, TransactionTemplate tx, AdapterProperties properties, MissedWrites missed) {
        this.missed = missed;
        this.audits = audits;
        this.tx = tx;
        this.transfers = transfers;
        this.reads = reads;
        this.runs = runs;
        this.holds = holds;
        this.json = json;
        this.batchSize = properties.sync().batchSize();
        this.maxReplays = properties.replay().maxReplays();
        this.lockWait = properties.replay().lockWait();
    }

    /**
     * Opens the run (waiting up to adapter.replay.lock-wait for the lease) and writes its audit line
     * before anything is sent: a replay that cannot be audited closes its run at once and does not run.
     */
    public void begin(Order order, Exchange exchange) {
        SyncRun run = runs.open(RunKind.REPLAY, exchange, lockWait);
        Progress p = new Progress(order.request(), order.actor());
        try {
            audits.closeAbandoned();   // the lines of replays whose process died, their runs closed by open()
            p.audit = audits.begin(order.actor(), order.request().describe(), run.id());
        } catch (RuntimeException e) {
            runs.close(run, RunStatus.FAILED, "replay not audited, nothing sent: " + e.getMessage());
            throw new IllegalStateException("phát lại không ghi được nhật ký nên không chạy / the replay could not be audited"
                    + " and sent nothing: " + e.getMessage(), e);
        }
        exchange.setProperty(ExchangeKeys.REPLAY, p);
    }

    public boolean more(@ExchangeProperty(ExchangeKeys.REPLAY) Progress p) {
        return !p.done;
    }

    /**
     * The next rows that match, as a batch; those still held are counted and left as they are, and
     * those whose payload the ledger did not keep wait to be read again from the source ({@link #rereads}).
     */
    public Batch next(@ExchangeProperty(ExchangeKeys.REPLAY) Progress p, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        ReplayRequest r = p.request;
        List<Resend> rows = reads.replayable(r.ids(), r.agency(), r.error(), r.since(), r.force(), p.after, batchSize);
        if (rows.size() < batchSize) {
            p.done = true;
        }
        List<PushItem> items = new ArrayList<>();
        Map<String, String> agencies = new HashMap<>();
        int read = 0;
        int stillHeld = 0;
        for (Resend row : rows) {
            p.after = row.maHoSo();
            p.replayed.add(row.maHoSo());
            if (row.payload() == null) {
                p.toReread.put(row.maHoSo(), null);   // counted as read where the reread route reads it from the source
                continue;
            }
            read++;
            if (row.state() == State.HELD && holds.stillHeld(row)) {
                stillHeld++;
            } else {
                items.add(Resender.item(json, row));
                agencies.put(row.maHoSo(), row.maDonVi());
            }
        }
        run.replayed(read, stillHeld);
        return Batch.resend(items, agencies);
    }

    /**
     * What the {@code reread} route reads again from the source, through {@code source-page} and the
     * sync's own checks: the rows without a payload, from the CapNhatLuc the ledger last saw them at.
     */
    public Rereads rereads(@ExchangeProperty(ExchangeKeys.REPLAY) Progress p) {
        p.toReread.putAll(reads.lastSeen(p.toReread.keySet()));
        p.rereads = new Rereads(p.toReread);
        return p.rereads;
    }

    /**
     * Closes the run; rows replayed too often are set aside for a person to look at, in the transaction
     * that closes the replay's audit line with its counts.
     */
    public ReplayResult finish(@ExchangeProperty(ExchangeKeys.REPLAY) Progress p, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        RunSummary summary = runs.finish(run);
        p.closed = summary;
        Set<String> named = new HashSet<>(p.request.ids());
        named.removeAll(p.replayed);
        ReplayAudits.Entry counts = counts(p, summary, named.size());
        Integer setAside = tx.execute(status -> {
            int n = transfers.markReplayed(p.replayed, maxReplays);
            audits.finish(p.audit, counts, summary.failed() + summary.rejected() == 0 ? "SUCCEEDED" : "PARTIAL");
            return n;
        });
        int changed = p.rereads == null ? 0 : p.rereads.changedSince().size();
        return new ReplayResult(p.audit, run.id(), false, p.replayed.size(), summary.sent(), summary.failed(), summary.rejected(),
                summary.held(), named.size(), setAside == null ? 0 : setAside, p.replayed, p.toReread.size(),
                summary.quarantined(), changed);
    }

    private static ReplayAudits.Entry counts(Progress p, RunSummary summary, int skipped) {
        return new ReplayAudits.Entry(p.actor, null, false, p.replayed.size(), summary.sent(), summary.failed(),
                summary.rejected(), skipped, summary.run());
    }

    /** A replay that could not go on: the run is closed as FAILED with the cause, and the caller is told. */
    public void abort(@ExchangeProperty(ExchangeKeys.REPLAY) Progress p, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String message = cause == null ? "không rõ nguyên nhân" : cause.getMessage();
        RunSummary summary = p.closed != null ? p.closed
                : runs.close(run, RunStatus.FAILED, "replay " + p.request.describe() + " by " + p.actor + ": " + message);
        IllegalStateException stopped = new IllegalStateException("phát lại dừng: " + message, cause);
        ReplayAudits.Entry counts = counts(p, summary, 0);
        try {
            audits.abandon(p.audit, counts);
        } catch (RuntimeException notRecorded) {
            stopped.addSuppressed(notRecorded);
            // the ledger away: the audit line is closed before this process's next run, not left RUNNING
            missed.later(Say.of("dòng nhật ký của lần phát lại " + p.audit, "the audit line of replay " + p.audit),
                    () -> audits.abandon(p.audit, counts));
        }
        throw stopped;
    }
}
