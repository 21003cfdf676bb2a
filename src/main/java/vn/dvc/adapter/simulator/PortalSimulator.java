package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The national portal's integration gateway (domain.md §4) and the SSO's JWKS on real HTTP.
 * Stateful: it keeps what it accepted, counts creates and updates per dossier, and takes faults.
 */
public final class PortalSimulator implements AutoCloseable {

    /** What the adapter must present: gateway client, portal account and its unit code. */
    public record Credentials(String clientId, String clientSecret, String username, String password,
                              String madonvi) {

        public static Credentials demo() {
            return new Credentials("hoabinh-motcua", "demo-secret", "hoabinh", "demo-password",
                DemoData.PROVINCE_CODE);
        }

        /** The secrets stay out of logs and test reports. */
        @Override
        public String toString() {
            return "Credentials[clientId=" + clientId + ", username=" + username + ", madonvi=" + madonvi + "]";
        }
    }

    private final DemoData data;
    private final Faults faults;
    private final PortalAccess access = new PortalAccess();
    private final PortalStore store;
    private final PortalCatalogue catalogue;
    private final Set<String> rejected = ConcurrentHashMap.newKeySet();
    private final PortalHandlers handlers;
    private LocalServer server;

    public PortalSimulator(DemoData data, Credentials credentials) {
        this(data, credentials, true);
    }

    /**
     * @param keepContent false keeps only which dossiers it holds and how many progress entries
     *                    ({@link #dossiers()} maps them to missing nodes): a million of them fit in memory
     */
    public PortalSimulator(DemoData data, Credentials credentials, boolean keepContent) {
        this.data = data;
        this.store = new PortalStore(keepContent);
        this.faults = new Faults(data.seed());
        this.catalogue = new PortalCatalogue(data);
        this.handlers = new PortalHandlers(data, credentials, faults, access,
            new IntegrationServices(store, catalogue, rejected));
    }

    /** Listens on 127.0.0.1 at this port; 0 picks a free one (see {@link #url()}). */
    public PortalSimulator start(int port) {
        server = new LocalServer(port, "portal");
        server.route("/token", post(handlers::token));
        server.route("/auth", post(handlers::auth));
        server.route("/integration", post(exchange -> handlers.service(exchange, false)));
        server.route("/share", post(exchange -> handlers.service(exchange, true)));
        server.route("/sso/jwks", handlers::jwks);
        server.route("/sso/.well-known/openid-configuration", exchange -> LocalServer.send(exchange, 200,
            JsonNodeFactory.instance.objectNode()
                .put("issuer", data.ssoIssuer())
                .put("jwks_uri", url() + "/sso/jwks")
                .set("id_token_signing_alg_values_supported", JsonNodeFactory.instance.arrayNode().add("RS256"))));
        server.start();
        return this;
    }

    public URI url() {
        return server.url();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** The mutable fault knobs; no faults until set. */
    public Faults faults() {
        return faults;
    }

    /** MaHoSo -> dossier as last accepted (unmodifiable view). */
    public Map<String, JsonNode> dossiers() {
        return store.dossiers();
    }

    /** Holds what a snapshot of an earlier run held (simulate --demo, after the demo). */
    public PortalSimulator restore(PortalSnapshot snapshot) {
        store.restore(snapshot.held(), snapshot.progress());
        return this;
    }

    /** Progress entries accepted for that dossier, in order. */
    public List<JsonNode> progress(String maHoSo) {
        return store.progress(maHoSo);
    }

    /** How many times a create stored it (must stay <= 1 in a correct system). */
    public int creates(String maHoSo) {
        return store.creates(maHoSo);
    }

    public int updates(String maHoSo) {
        return store.updates(maHoSo);
    }

    /** "token", "auth", "DongBoHoSoMC", ... -> calls received, faulted and refused ones included. */
    public Map<String, Integer> callsByService() {
        return handlers.calls();
    }

    /** Dossiers held, creates, updates and progress entries in total. */
    public Map<String, Integer> totals() {
        return store.totals();
    }

    public int tokensIssued() {
        return access.tokensIssued();
    }

    public int sessionsIssued() {
        return access.sessionsIssued();
    }

    /** Invalidates every gateway token issued so far. */
    public void expireTokens() {
        access.expireTokens();
    }

    /** Invalidates every portal session issued so far. */
    public void expireSessions() {
        access.expireSessions();
    }

    /** These MaHoSo make any batch containing them fail with error_code -1 (added to earlier ones). */
    public void rejectAsInvalid(Set<String> maHoSo) {
        rejected.addAll(maHoSo);
    }

    /** The portal loses these dossiers and their progress: what reconciliation must find MISSING. */
    public void lose(java.util.Collection<String> maHoSo) {
        store.lose(maHoSo);
    }

    /**
     * The portal holds an older version of these dossiers (their TrichYeuHoSo as before an
     * update): what reconciliation must find STALE.
     */
    public void makeStale(java.util.Collection<String> maHoSo) {
        for (String id : maHoSo) {
            store.alter(id, d -> ((com.fasterxml.jackson.databind.node.ObjectNode) d).put("TrichYeuHoSo",
                d.path("TrichYeuHoSo").asText() + " (bản cũ)"));
        }
    }

    /**
     * Loses {@code lost} and makes {@code stale} other dossiers stale, drawn with {@code seed} from
     * those held (for the demo and {@code simulate}); returns the MaHoSo of each kind.
     */
    public Map<String, List<String>> drift(int lost, int stale, long seed) {
        List<String> held = new java.util.ArrayList<>(new java.util.TreeSet<>(store.dossiers().keySet()));
        java.util.Collections.shuffle(held, new java.util.Random(seed));
        List<String> gone = List.copyOf(held.subList(0, Math.min(lost, held.size())));
        List<String> old = List.copyOf(held.subList(gone.size(), Math.min(gone.size() + stale, held.size())));
        lose(gone);
        makeStale(old);
        return Map.of("MISSING", gone, "STALE", old);
    }

    public void removeFromCatalogue(String maTTHC) {
        catalogue.remove(maTTHC);
    }

    public void addToCatalogue(String maDonVi, CatalogueEntry e) {
        catalogue.add(maDonVi, e);
    }

    private static LocalServer.Handler post(LocalServer.Handler handler) {
        return exchange -> {
            if (!"POST".equals(exchange.getRequestMethod())) {
                methodNotAllowed(exchange);
                return;
            }
            handler.handle(exchange);
        };
    }

    private static void methodNotAllowed(HttpExchange exchange) throws Exception {
        LocalServer.send(exchange, 405, LocalServer.error("method_not_allowed", "POST only"));
    }
}
