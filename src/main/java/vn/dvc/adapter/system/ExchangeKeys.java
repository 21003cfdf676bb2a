package vn.dvc.adapter.system;

/**
 * The names of the exchange properties a route carries its work in, written once: the beans take
 * them as {@code @ExchangeProperty(ExchangeKeys.RUN)} and set them with {@code exchange.setProperty}.
 * The routes in {@code routes/} name none of them: the beans hand them to each other.
 */
public final class ExchangeKeys {

    /** The run in progress (sync/SyncRun): a sync, a replay or a reconcile's repair; set by RunControl's open. */
    public static final String RUN = "run";
    /** A replay's progress (replay/ReplaySteps). */
    public static final String REPLAY = "replay";
    /** A reconciliation (reconcile/Reconciliation). */
    public static final String RECONCILE = "reconcile";
    /** The refill of the facts of the ledger's rows (sync/FactsRefill). */
    public static final String REFILL = "refill";
    /** The dossiers the {@code reread} route reads again from the source (sync/Rereads). */
    public static final String REREADS = "rereads";
    /** The page of the export API being asked for (source/SourceClient), kept for a retry of the call. */
    public static final String PAGE_REQUEST = "pageRequest";
    /** Where the page being read starts, its cursor or instant (source/SourceClient), recorded with its rows. */
    public static final String PAGE_REF = "pageRef";

    /** The portal service a call through {@code portal-call} is for (token, auth, DongBoHoSoMC, …): set by PortalClient, for metrics. */
    public static final String PORTAL_SERVICE = "adapter.portal.service";
    /** The portal service of the HTTP send being timed (admin/ops/CamelMetrics), from its sending to its sent event. */
    public static final String TIMED_SERVICE = "adapter.metrics.portalService";

    private ExchangeKeys() {
    }
}
