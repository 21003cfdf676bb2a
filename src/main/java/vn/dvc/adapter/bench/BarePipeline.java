package vn.dvc.adapter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.LoggerFactory;

import vn.dvc.adapter.simulator.PortalSimulator;

/**
 * The ceiling and the naive baseline: the adapter's own HTTP client (Camel http, Apache HttpClient 5,
 * configured as {@code config/application.yaml} configures it), the same paging and batching, the
 * same two portal calls per batch, and nothing else: no checks, no mapping beyond dropping the
 * source-only fields, no ledger. It sends exactly the dossiers a correct adapter sends ({@link Oracle}).
 */
final class BarePipeline implements AutoCloseable {

    private static final String INITIAL_SINCE = "2000-01-01T00:00:00Z";
    private static final List<String> SOURCE_ONLY = List.of("TienDo", "XacThuc", "CapNhatLuc", "MaDonVi");
    /** The naive baseline stops after this long too: with portal latency it manages a few dossiers a second. */
    static final double NAIVE_SECONDS = 30;

    private final Job job;
    private final Oracle oracle;
    /** As the adapter's wire mapper (system.JsonConfig) is configured. */
    private final ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint source;
    private final Endpoint portal;
    private final PortalSimulator.Credentials credentials = PortalSimulator.Credentials.demo();
    private String bearer;
    private String session;

    BarePipeline(Job job) throws IOException {
        this.job = job;
        this.oracle = Oracle.read(job.oracle());
        // outside Spring the log configuration is logback's default: keep Camel's start and stop lines out of it
        if (LoggerFactory.getLogger("org.apache.camel") instanceof ch.qos.logback.classic.Logger camelLog) {
            camelLog.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        HttpComponent http = new HttpComponent();
        http.setConnectTimeout(5_000);
        http.setConnectionRequestTimeout(5_000);
        http.setSoTimeout(30_000);
        http.setResponseTimeout(30_000);
        http.setConnectionsPerRoute(20);
        http.setHttpClientConfigurer(builder -> builder.disableAutomaticRetries());
        camel.addComponent("http", http);
        camel.start();
        template = camel.createProducerTemplate();
        source = camel.getEndpoint(job.sourceUrl() + "/api/v1/dossiers");
        portal = camel.getEndpoint(job.portalUrl() + "?throwExceptionOnFailure=false");
    }

    /** Reads every page (or {@code limit} dossiers) and pushes what a correct adapter would. */
    Measurement run(HeapWatch watch) throws Exception {
        signIn();
        int batchSize = job.mode() == Mode.NAIVE ? 1 : job.batch();
        ExecutorService pushers = Executors.newFixedThreadPool(Math.max(1, job.concurrency()));
        AtomicInteger sent = new AtomicInteger();
        int read = 0;
        try {
            String cursor = null;
            boolean more = true;
            while (more) {
                JsonNode page = page(cursor);
                List<Future<?>> pushes = new ArrayList<>();
                List<ObjectNode> batch = new ArrayList<>(batchSize);
                for (JsonNode item : page.path("items")) {
                    if (job.limit() > 0 && read >= job.limit()
                            || job.mode() == Mode.NAIVE && watch.wallSeconds() > NAIVE_SECONDS) {
                        more = false;
                        break;
                    }
                    read++;
                    if (oracle.sends(item.path("MaHoSo").asText())) {
                        batch.add((ObjectNode) item);
                        if (batch.size() == batchSize) {
                            pushes.add(submit(pushers, batch, sent));
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    pushes.add(submit(pushers, batch, sent));
                }
                for (Future<?> push : pushes) {
                    push.get(); // a refused batch fails the run: the ceiling must do all the work
                }
                JsonNode next = page.path("nextCursor");
                cursor = next.isTextual() ? next.asText() : null;
                more = more && cursor != null && page.path("items").size() > 0;
            }
        } finally {
            pushers.shutdownNow();
        }
        return new Measurement(job.mode(), "OK", read, sent.get(), watch.wallSeconds(), watch.peakMb(), watch.liveMb(),
                HeapWatch.maxMb(), watch.cpuSeconds(), watch.collections(), watch.pauseSeconds(), -1, -1, null);
    }

    private Future<?> submit(ExecutorService pushers, List<ObjectNode> batch, AtomicInteger sent) {
        return pushers.submit(() -> {
            push(batch);
            sent.addAndGet(batch.size());
            return null;
        });
    }

    /** DongBoHoSoMC with the dossiers, then CapNhatTienDoHoSoMC with their progress: what the adapter sends. */
    private void push(List<ObjectNode> batch) throws IOException {
        ArrayNode dossiers = json.createArrayNode();
        ArrayNode progress = json.createArrayNode();
        for (ObjectNode d : batch) {
            d.path("TienDo").forEach(progress::add);
            d.remove(SOURCE_ONLY);
            dossiers.add(d);
        }
        ObjectNode create = envelope("DongBoHoSoMC").put("isUpdating", "False");
        create.set("data", dossiers);
        accepted(post("/integration", create), "DongBoHoSoMC");
        if (!progress.isEmpty()) {
            ObjectNode entries = envelope("CapNhatTienDoHoSoMC");
            entries.set("data", progress);
            accepted(post("/integration", entries), "CapNhatTienDoHoSoMC");
        }
    }

    private JsonNode page(String cursor) throws IOException {
        String query = "updatedSince=" + encode(INITIAL_SINCE) + "&limit=" + job.page()
                + (cursor == null ? "" : "&cursor=" + encode(cursor));
        Exchange ex = template.send(source, e -> {
            e.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
            e.getMessage().setHeader(Exchange.HTTP_QUERY, query);
            e.getMessage().setBody(null);
        });
        return body(ex, "GET " + query);
    }

    private void signIn() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + encode(credentials.clientId()) + "&client_secret="
                + encode(credentials.clientSecret());
        bearer = body(send("/token", form, "application/x-www-form-urlencoded"), "token").path("access_token").asText();
        ObjectNode login = json.createObjectNode().put("username", credentials.username())
                .put("password", credentials.password());
        session = post("/auth", login).path("session").asText();
    }

    private ObjectNode envelope(String service) {
        return json.createObjectNode().put("session", session).put("madonvi", credentials.madonvi()).put("service", service);
    }

    private JsonNode post(String path, ObjectNode body) throws IOException {
        return body(send(path, json.writeValueAsBytes(body), "application/json; charset=utf-8"), path);
    }

    private Exchange send(String path, Object body, String contentType) {
        return template.send(portal, e -> {
            e.getMessage().setHeaders(bearer == null
                    ? Map.of(Exchange.HTTP_PATH, path, Exchange.HTTP_METHOD, "POST", Exchange.CONTENT_TYPE, contentType)
                    : Map.of(Exchange.HTTP_PATH, path, Exchange.HTTP_METHOD, "POST", Exchange.CONTENT_TYPE, contentType,
                            "Authorization", "Bearer " + bearer));
            e.getMessage().setBody(body);
        });
    }

    private JsonNode body(Exchange ex, String what) throws IOException {
        if (ex.getException() != null) {
            throw new IOException(what + ": " + ex.getException(), ex.getException());
        }
        int status = ex.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        if (status != 200) {
            throw new IOException(what + ": HTTP " + status);
        }
        try (InputStream in = ex.getMessage().getBody(InputStream.class)) {
            return json.readTree(in);
        }
    }

    private static void accepted(JsonNode reply, String service) throws IOException {
        if (reply.path("error_code").asInt(-99) != 0) {
            throw new IOException(service + " refused: " + reply.path("message").asText());
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        camel.stop();
    }
}
