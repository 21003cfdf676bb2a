package vn.dvc.adapter.sync;

import java.time.Duration;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.Checkpoints;
import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.ledger.Runs;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * Opens and closes a run, tells the route where to read next, and moves the checkpoint past a
 * page once every dossier of it has a committed outcome.
 */
@Component("runControl")
public class RunControl {

    private static final Logger log = LoggerFactory.getLogger(RunControl.class);
    /** A run whose heartbeat is older than this, on another host, is taken as dead. */
    private static final Duration STALE = Duration.ofMinutes(10);

    private final Runs runs;
    private final Checkpoints checkpoints;
    private final AdapterProperties properties;

    public RunControl(Runs runs, Checkpoints checkpoints, AdapterProperties properties) {
        this.runs = runs;
        this.checkpoints = checkpoints;
        this.properties = properties;
    }

    public SyncRun begin(Exchange exchange) {
        List<Run> others = runs.closeAbandoned(STALE);
        if (!others.isEmpty()) {
            throw new IllegalStateException("một lượt đồng bộ khác đang chạy (lượt " + others.get(0).id() + ")");
        }
        SyncRun run = new SyncRun(runs.start("SYNC"), checkpoints.load(properties.sync().initialSince()));
        exchange.setProperty("run", run);
        log.info("lượt đồng bộ {} bắt đầu từ {}", run.id, run.since());
        return run;
    }

    public PageRequest nextRequest(@ExchangeProperty("run") SyncRun run) {
        return new PageRequest(run.since(), run.cursor, properties.source().pageSize());
    }

    public boolean morePages(@ExchangeProperty("run") SyncRun run) {
        return run.morePages;
    }

    /** After the page's batches: every outcome is committed, so the checkpoint may pass the page. */
    public void pageDone(RecordedPage recorded, @ExchangeProperty("run") SyncRun run) {
        if (recorded.next() != null) {
            checkpoints.advance(recorded.next());
            run.checkpoint = recorded.next();
        }
        run.cursor = recorded.page().nextCursor();
        run.morePages = !recorded.page().last();
        runs.heartbeat(run.id, run.counts());
        if (run.pages.get() % 20 == 0) {
            log.info("lượt {}: {} trang, {} hồ sơ đã đọc, {} đã gửi", run.id, run.pages.get(), run.pulled.get(), run.sent.get());
        }
    }

    public RunSummary finish(@ExchangeProperty("run") SyncRun run) {
        return close(run, run.failed.get() == 0 ? "SUCCEEDED" : "PARTIAL", null);
    }

    /** A run the route could not finish: what it counted stays, the cause is recorded. */
    public RunSummary abort(@ExchangeProperty("run") SyncRun run, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String message = cause == null ? "không rõ nguyên nhân" : String.valueOf(cause.getMessage());
        log.error("lượt đồng bộ {} dừng do lỗi: {}", run == null ? "?" : run.id, message);
        if (run == null) {
            throw new IllegalStateException(message, cause);
        }
        return close(run, "FAILED", message);
    }

    private RunSummary close(SyncRun run, String status, String message) {
        runs.finish(run.id, status, run.counts(), message);
        long ms = (System.nanoTime() - run.startNanos) / 1_000_000;
        log.info("lượt đồng bộ {} kết thúc ({}): {} đọc, {} gửi, {} không đổi, {} cách ly, {} lỗi, {} bị từ chối, {} ms",
                run.id, status, run.pulled.get(), run.sent.get(), run.unchanged.get(), run.quarantined.get(),
                run.failed.get(), run.rejected.get(), ms);
        return new RunSummary(run.id, status, run.pages.get(), run.pulled.get(), run.sent.get(), run.unchanged.get(),
                run.quarantined.get(), run.failed.get(), run.rejected.get(), run.held.get(), ms,
                run.checkpoint.updatedSince().toString());
    }
}
