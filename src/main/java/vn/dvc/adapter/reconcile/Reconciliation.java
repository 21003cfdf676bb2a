package vn.dvc.adapter.reconcile;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import vn.dvc.adapter.ledger.Reconciliations.Target;
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
    /** What the repair still has to re-read from the source, by the CapNhatLuc the ledger last saw. */
    final Deque<Window> windows = new ArrayDeque<>();

    Reconciliation(long id, ReconcileRequest request, List<Target> targets, int population) {
        this.id = id;
        this.request = request;
        this.targets = targets;
        this.population = population;
    }

    /**
     * The source's records at one CapNhatLuc instant: the drifted dossiers last seen then. The
     * window is read page by page ({@code cursor}) until they are found or the feed moves past it.
     */
    static final class Window {
        final Instant at;
        final Set<String> ids;
        String cursor;

        Window(Instant at, Set<String> ids) {
            this.at = at;
            this.ids = ids;
        }
    }

    List<Finding> drifted() {
        return findings.values().stream().filter(Finding::drift).toList();
    }

    int count(Result result) {
        return (int) findings.values().stream().filter(f -> f.result() == result).count();
    }

    /** The repair's windows: the drifted dossiers grouped by the CapNhatLuc they were last read at. */
    void planWindows() {
        TreeMap<Instant, Set<String>> byInstant = new TreeMap<>();
        for (Finding f : drifted()) {
            if (f.target().sourceUpdated() != null) {
                byInstant.computeIfAbsent(f.target().sourceUpdated(), k -> new LinkedHashSet<>()).add(f.target().maHoSo());
            }
        }
        byInstant.forEach((at, ids) -> windows.add(new Window(at, ids)));
    }

    /** The drift in MaHoSo order, then the unreadable ones. */
    List<Finding> report() {
        List<Finding> out = new ArrayList<>(findings.values().stream().filter(f -> f.result() != Result.MATCH).toList());
        out.sort(java.util.Comparator.comparing((Finding f) -> f.result()).thenComparing(f -> f.target().maHoSo()));
        return out;
    }
}
