package vn.dvc.adapter.reconcile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.LedgerFault;
import vn.dvc.adapter.ledger.MissedWrites;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.ledger.Reconciliations.Target;
import vn.dvc.adapter.sync.Rereads;
import vn.dvc.adapter.sync.RunControl;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * The steps of the {@code reconcile} route: choose the dossiers, read each back from the portal
 * ({@code TraCuuHoSo}) and compare it with what the ledger says was accepted, in the canonical
 * form of the content hash; and, to repair, mark the drift in the ledger and have those dossiers
 * read again from the source by the CapNhatLuc the ledger last saw ({@link Rereads}, the
 * {@code reread} route), for the sync's own checks and push. The source, not the ledger, gives the content: by default the ledger keeps no payload of
 * accepted dossiers, and the source's current version is the one the portal should hold.
 */
@Component("reconciler")
public class Reconciler {

    private static final Logger log = LoggerFactory.getLogger(Reconciler.class);
    /** Dossiers per split part: small enough to spread over the threads, large enough to be cheap. */
    private static final int CHUNK = 20;

    private final Reconciliations ledger;
    private final RunControl runs;
    private final AdapterProperties properties;
    private final DriftFiles files;
    private final List<ReconcileListener> listeners;
    private final MissedWrites missed;

    public Reconciler(Reconciliations ledger, RunControl runs, AdapterProperties properties, DriftFiles files,
                      List<ReconcileListener> listeners, MissedWrites missed) {
        this.missed = missed;
        this.ledger = ledger;
        this.runs = runs;
        this.properties = properties;
        this.files = files;
        this.listeners = listeners;
    }

    /** What {@code serve}'s schedule reads back: a random sample, repaired when configured. */
    public ReconcileRequest scheduledRequest() {
        return new ReconcileRequest(null, null, null, properties.reconcile().sample(), null, properties.reconcile().repair(),
                "schedule");
    }

    /** Chooses what to read back and opens the record of this reconcile. */
    public Reconciliation begin(ReconcileRequest request, Exchange exchange) {
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        List<Target> targets;
        int population;
        if (request.sample() != null) {
            population = ledger.population();
            long seed = request.seed() != null ? request.seed() : ThreadLocalRandom.current().nextLong();
            targets = ledger.sample(request.sample(), seed);
        } else {
            targets = ledger.targets(request.since(), request.agency(), request.ids());
            population = targets.size();
        }
        missed.flush();   // the ends an outage kept from the ledger, before this reconcile's own
        ledger.closeAbandoned();
        Reconciliation r = new Reconciliation(ledger.start(request.actor(), request.describe(), population), request,
                targets, population);
        exchange.setProperty(ExchangeKeys.RECONCILE, r);
        log.info(Say.of("đối soát {} ({}): đọc lại {} hồ sơ từ Cổng DVCQG", "reconcile {} ({}): reading {} dossiers back from the portal"), r.id, request.describe(), targets.size());
        return r;
    }

    /** The split's parts. */
    public List<List<Target>> chunks(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r) {
        List<List<Target>> out = new ArrayList<>();
        for (int from = 0; from < r.targets.size(); from += CHUNK) {
            out.add(r.targets.subList(from, Math.min(r.targets.size(), from + CHUNK)));
        }
        return out;
    }

    /** Whether to send the drift again: asked for, and found. */
    public boolean repairing(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r) {
        return r.request.repair() && !r.drifted().isEmpty();
    }

    /**
     * Opens the repair as a run of kind RECONCILE (the ledger's lease, like sync and replay), marks the
     * drift, and gives the {@code reread} route the drifted dossiers by the CapNhatLuc the ledger last saw.
     */
    public Rereads openRepair(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r, Exchange exchange) {
        r.repairRun = runs.open(RunKind.RECONCILE, exchange, properties.sync().lockWait());
        List<String> missing = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        Map<String, Instant> lastSeen = new LinkedHashMap<>();
        r.drifted().forEach(f -> {
            (f.result() == Result.MISSING ? missing : stale).add(f.target().maHoSo());
            lastSeen.put(f.target().maHoSo(), f.target().sourceUpdated());
        });
        ledger.markDrift(missing, stale, r.repairRun.id());
        r.rereads = new Rereads(lastSeen);
        log.info(Say.of("đối soát {}: gửi lại {} hồ sơ thiếu và {} hồ sơ lệch (lượt {})",
                "reconcile {}: sending {} missing and {} stale dossiers again (run {})"), r.id, missing.size(), stale.size(),
                r.repairRun.id());
        return r.rereads;
    }

    public RunSummary closeRepair(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r) {
        List<String> changed = r.rereads.changedSince();
        if (!changed.isEmpty()) {
            log.info(Say.of("đối soát {}: {} hồ sơ đã đổi ở nguồn sau lần đọc cuối; lượt đồng bộ sau sẽ gửi bản mới",
                    "reconcile {}: {} dossiers changed at the source since last read; the next sync sends them"), r.id, changed.size());
        }
        RunSummary summary = runs.finish(r.repairRun);
        r.repairClosed = true;
        return summary;
    }

    /** Counts, records and writes the drift list; the route's answer. */
    public ReconcileResult finish(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r) {
        return close(r, null);
    }

    /** A reconcile the route could not finish: what it found is kept, the repair run is closed as FAILED. */
    public ReconcileResult abort(@ExchangeProperty(ExchangeKeys.RECONCILE) Reconciliation r, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (r == null) {
            throw cause instanceof RuntimeException e ? e : new IllegalStateException(cause);
        }
        String message = cause == null ? "không rõ nguyên nhân" : LedgerFault.is(cause) ? runs.ledgerFault(cause)
                : String.valueOf(cause.getMessage());
        log.error(Say.of("đối soát {} dừng do lỗi: {}", "reconcile {} stopped: {}"), r.id, message);
        if (r.repairRun != null && !r.repairClosed) {
            runs.close(r.repairRun, RunStatus.FAILED, message);
        }
        return close(r, message);
    }

    /**
     * Counts the findings, writes the drift files, then records the end in the ledger. The files come first: with
     * the ledger's database away the findings of a long read-back still reach the operator, and the ledger takes
     * the end before this process's next run or reconcile ({@link MissedWrites}) instead of keeping it RUNNING.
     */
    private ReconcileResult close(Reconciliation r, String failure) {
        List<Finding> drift = r.report();
        List<String> driftIds = r.drifted().stream().map(f -> f.target().maHoSo()).toList();
        Set<String> repaired = Set.of();
        if (r.repairRun != null) {
            try {
                repaired = Set.copyOf(ledger.accepted(driftIds));
            } catch (RuntimeException e) {
                if (!LedgerFault.is(e)) {
                    throw e;
                }
                failure = failure != null ? failure : runs.ledgerFault(e);   // which were repaired cannot be read: none is claimed
            }
        }
        int missing = r.count(Result.MISSING);
        int stale = r.count(Result.STALE);
        int unreadable = r.count(Result.UNREADABLE);
        int left = missing + stale - repaired.size() + unreadable;
        String status = failure != null ? "FAILED" : left == 0 ? "CLEAN" : "DRIFT";
        long ms = (System.nanoTime() - r.startNanos) / 1_000_000;
        Estimate estimate = r.request.sample() == null ? null
                : Estimate.of(missing + stale, r.findings.size() - unreadable, r.population);
        Set<String> sent = repaired;
        Reconciliations.Summary summary = new Reconciliations.Summary(r.id, null, Instant.now(), r.request.actor(), r.request.describe(),
                r.population, r.findings.size(), r.count(Result.MATCH), missing, stale, unreadable, repaired.size(),
                r.repairRun == null ? null : r.repairRun.id(), status);
        List<Reconciliations.Drift> rows = drift.stream().map(f -> new Reconciliations.Drift(f.target().maHoSo(), f.result().name(),
                f.target().maDonVi(), f.detail(), sent.contains(f.target().maHoSo()))).toList();
        ReconcileResult counted = new ReconcileResult(r.id, r.repairRun == null ? null : r.repairRun.id(), status,
                r.population, r.findings.size(), r.count(Result.MATCH), missing, stale, unreadable, repaired.size(), ms,
                estimate, drift, List.of(), failure);
        ReconcileResult result;
        try {
            result = counted.withFiles(files.write(counted, repaired, r.request.describe()));
        } catch (RuntimeException e) {
            record(summary.failed(), rows);   // the files could not be written (a full disk, a read-only folder)
            throw e;
        }
        record(summary, rows);
        log.info(Say.of("đối soát {} kết thúc ({}): {} đã đọc, {} khớp, {} thiếu, {} lệch, {} không đọc được, {} đã gửi lại, {} ms",
                        "reconcile {} ended ({}): {} read, {} match, {} missing, {} stale, {} unreadable, {} repaired, {} ms"),
                r.id, status, Say.n(result.checked()), Say.n(result.match()), Say.n(missing), Say.n(stale), Say.n(unreadable),
                Say.n(repaired.size()), Say.n(ms));
        listeners.forEach(l -> l.reconciled(result));
        return result;
    }

    /** The reconcile's end in the ledger, or kept for when the ledger is back ({@link MissedWrites}). */
    private void record(Reconciliations.Summary summary, List<Reconciliations.Drift> rows) {
        try {
            ledger.finish(summary, rows);
        } catch (RuntimeException e) {
            if (!LedgerFault.is(e)) {
                throw e;
            }
            missed.later(Say.of("kết thúc của đối soát " + summary.id(), "the end of reconcile " + summary.id()),
                    () -> ledger.finish(summary, rows));
            log.error(Say.of("đối soát {}: không ghi được kết thúc vào sổ cái (ghi trước lượt chạy hay lần đối soát sau): {}",
                    "reconcile {}: its end could not be written to the ledger (written before the next run or reconcile): {}"),
                    summary.id(), runs.ledgerFault(e));
        }
    }
}
