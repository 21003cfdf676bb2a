package vn.dvc.adapter.admin.ops;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.LedgerQueries;
import vn.dvc.adapter.ledger.ProgressInFlight;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.system.Targets;

/**
 * The adapter's Prometheus metrics. Counters and timers count what this process does (the
 * scheduled runs of {@code serve}, runs and replays started from the console or the API); the
 * gauges read the ledger, so they also show what a command run elsewhere left behind:
 * <ul>
 * <li>{@code adapter_dossiers_total{outcome="pulled|sent|failed|rejected|quarantined|held",agency}}: agency is a
 *     configured agency's code, or {@code other} (the source's {@code MaDonVi} is free text an attacker
 *     controls: one series per value would be unbounded)</li>
 * <li>{@code adapter_run_duration_seconds{kind="SYNC|REPLAY",status}}</li>
 * <li>{@code adapter_portal_request_seconds{service,status}}: every call of the portal's gateway</li>
 * <li>{@code adapter_backlog{state}}: transfers not (yet) accepted, by state</li>
 * <li>{@code adapter_schema_drift_records_total}: source records carrying fields outside the contract (not sent);
 *     {@code adapter_schema_drift_fields}: how many such fields the last run saw</li>
 * <li>{@code adapter_progress_entries_total{outcome="held|shortened"}}: progress entries held back or shortened</li>
 * <li>{@code adapter_reconcile_dossiers_total{result="MATCH|MISSING|STALE|UNREADABLE|REPAIRED"}}</li>
 * <li>{@code adapter_source_lag_seconds}: now − what the source has been read up to ({@code LedgerQueries.readUpTo});
 *     {@code adapter_last_success_timestamp_seconds}: end of the last SUCCEEDED run</li>
 * <li>{@code adapter_progress_in_doubt_entries} and {@code _dossiers}: progress entries in flight when a run
 *     died, sent again: they may be doubled at the portal ({@code ledger/ProgressInFlight})</li>
 * <li>{@code adapter_ledger_up}: 1 when the ledger answered the last read of these gauges, 0 when it failed (the
 *     other ledger gauges are then NaN)</li>
 * </ul>
 */
@Component
@ConditionalOnWebApplication
public class AdapterMetrics implements vn.dvc.adapter.sync.RunListener, vn.dvc.adapter.reconcile.ReconcileListener {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AdapterMetrics.class);
    /** Gauges are read at every scrape; the ledger is asked at most this often. */
    private static final Duration LEDGER_CACHE = Duration.ofSeconds(5);
    private static final Duration[] LATENCY_BUCKETS = {Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(30)};

    private final MeterRegistry registry;
    private final java.util.concurrent.atomic.AtomicInteger driftFields = new java.util.concurrent.atomic.AtomicInteger();
    private final TransferReads transfers;
    private final LedgerQueries ledger;
    private final ProgressInFlight inFlight;
    private final Set<String> agencies;
    private volatile Snapshot snapshot;

    /** What the gauges show, read at most every {@link #LEDGER_CACHE}; a failed read is kept as long (all null). */
    private record Snapshot(Instant takenAt, Map<State, Long> byState, Instant readUpTo, Instant lastSuccess,
                            ProgressInFlight.InDoubt inDoubt) {
        boolean down() {
            return byState == null;
        }
    }

    public AdapterMetrics(MeterRegistry registry, TransferReads transfers, LedgerQueries ledger, ProgressInFlight inFlight,
                          Targets targets) {
        this.registry = registry;
        this.inFlight = inFlight;
        this.agencies = targets.agencies().stream().map(Targets.Agency::code).collect(Collectors.toUnmodifiableSet());
        this.transfers = transfers;
        this.ledger = ledger;
        for (State s : State.values()) {
            if (s != State.SENT) {
                Gauge.builder("adapter.backlog", this, m -> m.ledger().down() ? Double.NaN : m.ledger().byState().getOrDefault(s, 0L))
                        .tag("state", s.name()).description("Transfers in this state: not accepted by the portal (yet)")
                        .register(registry);
            }
        }
        Gauge.builder("adapter.source.lag", this, m -> m.ledger().readUpTo() == null ? Double.NaN
                        : Math.max(0, seconds(Duration.between(m.ledger().readUpTo(), Instant.now()))))
                .baseUnit("seconds").description("Now minus what the adapter has read the source up to: the checkpoint"
                        + " (CapNhatLuc of the last committed page), or the start of the last sync that read it to its end")
                .register(registry);
        Gauge.builder("adapter.last.success.timestamp", this, m -> m.ledger().lastSuccess() == null ? Double.NaN
                        : m.ledger().lastSuccess().getEpochSecond())
                .baseUnit("seconds").description("When the last SUCCEEDED run ended, seconds since the epoch")
                .register(registry);
        Gauge.builder("adapter.progress.in.doubt.entries", this, m -> m.ledger().down() ? Double.NaN : m.ledger().inDoubt().entries())
                .description("Progress entries in flight when a run died, sent again: they may be doubled at the portal")
                .register(registry);
        Gauge.builder("adapter.progress.in.doubt.dossiers", this, m -> m.ledger().down() ? Double.NaN : m.ledger().inDoubt().dossiers())
                .description("Dossiers with progress entries that may be doubled at the portal").register(registry);
        Gauge.builder("adapter.ledger.up", this, m -> m.ledger().down() ? 0 : 1)
                .description("1 when the ledger's database answered the metrics' last read, 0 when it failed").register(registry);
        Gauge.builder("adapter.schema.drift.fields", driftFields, java.util.concurrent.atomic.AtomicInteger::get)
                .description("Source fields outside the contract seen by the last sync run (not sent)").register(registry);
    }

    /** Schema drift and progress entries held back or shortened, from the run's own summary. */
    @Override
    public void runClosed(RunKind kind, vn.dvc.adapter.sync.RunSummary summary) {
        if (kind != RunKind.SYNC) {
            return;
        }
        driftFields.set(summary.drift().size());
        int records = summary.drift().values().stream().mapToInt(Integer::intValue).sum();
        Counter.builder("adapter.schema.drift.records").description("Source records carrying fields outside the contract")
                .register(registry).increment(records);
        progress("held", summary.progressHeld());
        progress("shortened", summary.progressShortened());
    }

    private void progress(String outcome, int n) {
        Counter.builder("adapter.progress.entries").description("Progress entries held back or shortened to a limit")
                .tag("outcome", outcome).register(registry).increment(n);
    }

    /** Dossiers a reconcile read back, by result, and those it sent again. */
    @Override
    public void reconciled(vn.dvc.adapter.reconcile.ReconcileResult r) {
        reconciled("MATCH", r.match());
        reconciled("MISSING", r.missing());
        reconciled("STALE", r.stale());
        reconciled("UNREADABLE", r.unreadable());
        reconciled("REPAIRED", r.repaired());
    }

    private void reconciled(String result, long n) {
        Counter.builder("adapter.reconcile.dossiers").description("Dossiers read back from the portal, by result")
                .tag("result", result).register(registry).increment(n);
    }

    /** Dossiers of one agency that came to this outcome. */
    public void dossiers(String outcome, String agency, long n) {
        if (n > 0) {
            Counter.builder("adapter.dossiers").description("Dossiers pulled from the source and their outcomes, by agency")
                    .tag("outcome", outcome).tag("agency", label(agency))
                    .register(registry).increment(n);
        }
    }

    /** The agency as a metric label: one of the configured codes, "unknown" when absent, else "other". */
    String label(String agency) {
        if (agency == null || agency.isBlank()) {
            return "unknown";
        }
        return agencies.contains(agency) ? agency : "other";
    }

    public void run(RunKind kind, RunStatus status, Duration took) {
        Timer.builder("adapter.run.duration").description("Duration of sync and replay runs")
                .tag("kind", kind.name()).tag("status", status == null ? "UNKNOWN" : status.name())
                .register(registry).record(took);
    }

    public void portalRequest(String service, String status, Duration took) {
        Timer.builder("adapter.portal.request").description("Calls of the national portal's gateway")
                .tag("service", service).tag("status", status).serviceLevelObjectives(LATENCY_BUCKETS)
                .register(registry).record(took);
    }

    private Snapshot ledger() {
        Snapshot s = snapshot;
        if (s == null || s.takenAt().plus(LEDGER_CACHE).isBefore(Instant.now())) {
            synchronized (this) {
                s = snapshot;
                if (s == null || s.takenAt().plus(LEDGER_CACHE).isBefore(Instant.now())) {
                    s = read();
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** The gauges' values from the ledger; while its database is away, a scrape waits for one connection, not one per gauge. */
    private Snapshot read() {
        try {
            return new Snapshot(Instant.now(), transfers.countByState(), ledger.readUpTo(), ledger.lastSuccess(), inFlight.inDoubt());
        } catch (RuntimeException e) {
            LOG.debug("metrics: the ledger failed", e);
            return new Snapshot(Instant.now(), null, null, null, null);
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }
}
