package vn.dvc.adapter.admin;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

import vn.dvc.adapter.admin.ops.AdapterMetrics;
import vn.dvc.adapter.catalogue.CatalogueRefresh;
import vn.dvc.adapter.ledger.AdminAudits;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayResult;
import vn.dvc.adapter.replay.ReplayService;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * What a person (or a machine with a token) does from the console or the API, each audited:
 * replays in {@code replay_audit} (ledger/ReplayAudits), the rest in {@code admin_audit} (ledger/AdminAudits).
 */
@Service
public class AdminActions implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(AdminActions.class);

    private final SyncService sync;
    private final ReplayService replay;
    private final ProducerTemplate camel;
    private final AdminAudits audit;
    private final ObjectProvider<AdapterMetrics> metrics;
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "console-sync");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean syncing = new AtomicBoolean();
    private final AtomicBoolean reconciling = new AtomicBoolean();
    private final vn.dvc.adapter.reconcile.ReconcileService reconcile;

    public AdminActions(SyncService sync, ReplayService replay, ProducerTemplate camel, AdminAudits audit,
                        ObjectProvider<AdapterMetrics> metrics, vn.dvc.adapter.reconcile.ReconcileService reconcile) {
        this.reconcile = reconcile;
        this.sync = sync;
        this.replay = replay;
        this.camel = camel;
        this.audit = audit;
        this.metrics = metrics;
    }

    /** One sync run, waited for; a run already holding the ledger ends in an {@link IllegalStateException}. */
    public RunSummary sync(String actor, String remote) {
        try {
            RunSummary s = sync.runOnce();
            audit.record(AdminAudits.SYNC, actor, s.status().name(), "run " + s.run() + ": pulled=" + s.pulled() + " sent=" + s.sent()
                    + " failed=" + s.failed() + " rejected=" + s.rejected() + " quarantined=" + s.quarantined()
                    + " held=" + s.held() + (s.message() == null ? "" : " — " + s.message()), s.run(), remote);
            return s;
        } catch (RuntimeException e) {
            RuntimeException cause = unwrap(e);
            audit.record(AdminAudits.SYNC, actor, "FAILED", cause.getMessage(), null, remote);
            throw cause;
        }
    }

    /**
     * Starts a sync run in the background, for the console (a run can take minutes); false when
     * one started here is still going. Audited when it ends.
     */
    public boolean startSync(String actor, String remote) {
        if (!syncing.compareAndSet(false, true)) {
            return false;
        }
        background.execute(() -> {
            try {
                sync(actor, remote);
            } catch (RuntimeException e) {
                log.warn("lượt đồng bộ do {} yêu cầu không chạy được: {}", actor, e.getMessage());
            } finally {
                syncing.set(false);
            }
        });
        return true;
    }

    public boolean syncing() {
        return syncing.get();
    }

    /** A reconcile, waited for; recorded with its actor in {@code reconcile_run}. */
    public vn.dvc.adapter.reconcile.ReconcileResult reconcile(vn.dvc.adapter.reconcile.ReconcileRequest request) {
        try {
            return reconcile.reconcile(request);
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    /** Starts a reconcile in the background, for the console; false when one started here is still going. */
    public boolean startReconcile(vn.dvc.adapter.reconcile.ReconcileRequest request) {
        if (!reconciling.compareAndSet(false, true)) {
            return false;
        }
        background.execute(() -> {
            try {
                reconcile(request);
            } catch (RuntimeException e) {
                log.warn("đối soát do {} yêu cầu không chạy được: {}", request.actor(), e.getMessage());
            } finally {
                reconciling.set(false);
            }
        });
        return true;
    }

    public boolean reconciling() {
        return reconciling.get();
    }

    /** Replays through the replay service, which audits it. */
    public ReplayResult replay(ReplayRequest request, String actor) {
        long start = System.nanoTime();
        try {
            ReplayResult r = replay.replay(request, actor);
            if (!r.dryRun()) {
                metrics.ifAvailable(m -> m.run(RunKind.REPLAY, r.failed() + r.rejected() == 0 ? RunStatus.SUCCEEDED : RunStatus.PARTIAL,
                        Duration.ofNanos(System.nanoTime() - start)));
            }
            return r;
        } catch (RuntimeException e) {
            throw unwrap(e);
        }
    }

    public CatalogueRefresh.Result refreshCatalogue(String actor, String remote) {
        try {
            CatalogueRefresh.Result r = camel.requestBody("direct:catalogue-refresh", null, CatalogueRefresh.Result.class);
            audit.record(AdminAudits.CATALOGUE_REFRESH, actor, "SUCCEEDED", "agencies=" + r.agencies() + " local=" + r.local()
                    + " national=" + r.national() + " released=" + r.released(), null, remote);
            return r;
        } catch (RuntimeException e) {
            RuntimeException cause = unwrap(e);
            audit.record(AdminAudits.CATALOGUE_REFRESH, actor, "FAILED", cause.getMessage(), null, remote);
            throw cause;
        }
    }

    /** Camel wraps what a bean threw; callers want the cause (e.g. the lease's IllegalStateException). */
    static RuntimeException unwrap(RuntimeException e) {
        Throwable t = e;
        while ((t instanceof CamelExecutionException || t instanceof RuntimeCamelException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t.getMessage(), t);
    }

    @Override
    public void destroy() {
        background.shutdown();
    }
}
