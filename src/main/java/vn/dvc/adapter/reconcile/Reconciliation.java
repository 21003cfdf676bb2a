package vn.dvc.adapter.reconcile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.ledger.Reconciliations.Target;
import vn.dvc.adapter.sync.Rereads;
import vn.dvc.adapter.sync.SyncRun;

/** One reconcile in progress: what it reads, what it found, and its repair. Lives in the exchange property {@code reconcile}. */
public final class Reconciliation {

    final long id;
    final ReconcileRequest request;
    final List<Target> targets;
    final int population;
    final long startNanos = System.nanoTime();
    final Map<String, Finding> findings = new ConcurrentHashMap<>();
    final AtomicInteger read = new AtomicInteger();
    /** The repair's run (kind RECONCILE), once opened. */
    volatile SyncRun repairRun;
    /** The repair's run is closed (a failure after it must not close it again). */
    volatile boolean repairClosed;
    /** What the repair reads again from the source, once opened. */
    volatile Rereads rereads;
    /** When this reconcile last said it was alive ({@link System#nanoTime}); it started alive. */
    final AtomicLong lastHeartbeat = new AtomicLong(startNanos);

    Reconciliation(long id, ReconcileRequest request, List<Target> targets, int population) {
        this.id = id;
        this.request = request;
        this.targets = targets;
        this.population = population;
    }

    /** Time to say so again ({@link Reconciliations#HEARTBEAT}): true for one caller among the parts read side by side. */
    boolean heartbeatDue() {
        long now = System.nanoTime();
        long last = lastHeartbeat.get();
        return now - last >= Reconciliations.HEARTBEAT.toNanos() && lastHeartbeat.compareAndSet(last, now);
    }

    List<Finding> drifted() {
        return findings.values().stream().filter(Finding::drift).toList();
    }

    int count(Result result) {
        return (int) findings.values().stream().filter(f -> f.result() == result).count();
    }

    /** The drift in MaHoSo order, then the unreadable ones. */
    List<Finding> report() {
        List<Finding> out = new ArrayList<>(findings.values().stream().filter(f -> f.result() != Result.MATCH).toList());
        out.sort(java.util.Comparator.comparing((Finding f) -> f.result()).thenComparing(f -> f.target().maHoSo()));
        return out;
    }
}
