package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The province's one-stop system export API (domain.md §3) on real HTTP, over a {@link DemoData}. */
public final class SourceSimulator implements AutoCloseable {

    static final String DOSSIERS = "/api/v1/dossiers";
    static final String PROCEDURES = "/api/v1/procedures";

    private final DemoData data;
    private final SourceFeed feed;
    private final PageWriter pages;
    private final AtomicInteger pageRequests = new AtomicInteger();
    private final AtomicInteger warmedTo = new AtomicInteger();
    private final ExecutorService readAhead = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "source-sim-read-ahead");
        t.setDaemon(true);
        return t;
    });
    private volatile int latencyMillis;
    private volatile boolean unavailable;
    private LocalServer server;

    public SourceSimulator(DemoData data) {
        this.data = data;
        this.feed = new SourceFeed(data);
        this.pages = new PageWriter(data);
    }

    /** Listens on 127.0.0.1 at this port; 0 picks a free one (see {@link #url()}). */
    public SourceSimulator start(int port) {
        server = new LocalServer(port, "source");
        server.route(DOSSIERS, this::dossiers);
        server.route(PROCEDURES, this::procedures);
        server.start();
        return this;
    }

    /** E.g. http://127.0.0.1:PORT, without a trailing slash. */
    public URI url() {
        return server.url();
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
        readAhead.shutdownNow();
    }

    /** Delays every reply, to see how the adapter copes with a slow source. */
    public void setLatencyMillis(int ms) {
        latencyMillis = ms;
    }

    /** While set, every read of the dossiers answers HTTP 503: a one-stop system that is down. */
    public void setUnavailable(boolean down) {
        unavailable = down;
    }

    /**
     * Changes one dossier as the one-stop system would: applies change, sets CapNhatLuc to a new
     * instant later than every other dossier, moves it to the end of the order. Returns the new version.
     */
    public ObjectNode touch(String maHoSo, Consumer<ObjectNode> change) {
        return feed.touch(maHoSo, change);
    }

    /** The latest version of every dossier, in source order (for tests to compare against the portal). */
    public Stream<ObjectNode> currentDossiers() {
        return feed.current();
    }

    /**
     * Renders the generated dossiers to their JSON bytes ahead of use on {@code threads} threads, as
     * many as fit in {@code maxBytes} (~3.5 KB each), so a page copies bytes instead of building and
     * serialising each dossier (~45 µs each). For benchmarks, where the simulator shares the adapter's
     * CPUs: pages are byte for byte what serving them live gives. Returns how many were rendered.
     */
    public int prerender(int threads, long maxBytes) {
        return pages.prerender(threads, maxBytes);
    }

    /** Count of GET /api/v1/dossiers served. */
    public int pageRequests() {
        return pageRequests.get();
    }

    private void dossiers(HttpExchange exchange) throws Exception {
        if (!"GET".equals(exchange.getRequestMethod())) {
            LocalServer.send(exchange, 405, LocalServer.error("method_not_allowed", "GET only"));
            return;
        }
        pageRequests.incrementAndGet();
        if (unavailable) {
            LocalServer.send(exchange, 503, LocalServer.error("unavailable", "the one-stop system is down"));
            return;
        }
        Map<String, String> q = LocalServer.parameters(exchange.getRequestURI().getRawQuery());
        int limit = limit(q.get("limit"));
        Instant since = q.containsKey("updatedSince") ? instant(q.get("updatedSince")) : null;
        FeedCursor after = q.containsKey("cursor") ? FeedCursor.decode(q.get("cursor")) : null;
        pause();
        SourceFeed.Page page = feed.page(since, after, limit);
        byte[] body = pages.write(page);
        int lastBase = -1;
        for (Object item : page.items()) {
            lastBase = item instanceof Integer index ? index : lastBase;
        }
        LocalServer.send(exchange, 200, body);
        if (page.next() != null && lastBase >= 0) {
            warm(lastBase + 1, limit);
        }
    }

    private void procedures(HttpExchange exchange) throws Exception {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ArrayNode items = body.putArray("items");
        for (Procedure p : data.procedures()) {
            items.addObject().put("MaTTHC", p.maTTHC()).put("TenTTHC", p.tenTTHC()).put("MaDonVi", p.maDonVi())
                .put("MucDo", p.mucDo()).put("CoPhiLePhi", p.coPhiLePhi());
        }
        pause();
        LocalServer.send(exchange, 200, body);
    }

    /**
     * Signs the next page's ID tokens in the background while the client works on this one: signing
     * (~1.4 ms each) is what a page costs, and the signatures are cached. Nothing to do once every
     * token was signed ahead ({@link DemoData#presign}).
     */
    private void warm(int from, int count) {
        if (data.presigned() || pages.complete()) {
            return;
        }
        int to = Math.min(data.dossierCount(), from + count);
        int done = warmedTo.getAndAccumulate(to, Math::max);
        if (done >= to) {
            return;
        }
        int start = Math.max(from, done);
        readAhead.execute(() -> {
            for (int i = start; i < to && !Thread.currentThread().isInterrupted(); i++) {
                data.signAhead(i);
            }
        });
    }

    private void pause() throws InterruptedException {
        int ms = latencyMillis;
        if (ms > 0) {
            Thread.sleep(ms);
        }
    }

    private static int limit(String text) {
        if (text == null) {
            return 100;
        }
        try {
            int limit = Integer.parseInt(text);
            if (limit >= 1 && limit <= 1000) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new LocalServer.BadRequest("limit must be 1..1000: " + text);
    }

    /** ISO-8601 instant with Z or an offset; a '+' decoded to a space by a careless client is forgiven. */
    private static Instant instant(String text) {
        String t = text.replace(' ', '+');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            throw new LocalServer.BadRequest("updatedSince is not an ISO-8601 instant: " + text);
        }
    }
}
