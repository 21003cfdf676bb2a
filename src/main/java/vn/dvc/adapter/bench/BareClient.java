package vn.dvc.adapter.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.http.HttpComponent;
import org.apache.camel.impl.DefaultCamelContext;
import org.slf4j.LoggerFactory;

import vn.dvc.adapter.simulator.PortalSimulator;

/**
 * The HTTP of the bare pipeline: the adapter's own client (Camel {@code http}, Apache HttpClient 5,
 * configured as {@code config/application.yaml} configures it: 20 connections per route, the
 * adapter's timeouts, no automatic retries), the source's export API, and the portal's gateway token,
 * session and {@code /integration}. Waits out the portal's rate limit; retries nothing else.
 */
final class BareClient implements AutoCloseable {

    private static final String INITIAL_SINCE = "2000-01-01T00:00:00Z";

    /** As the adapter's wire mapper (system.JsonConfig) is configured. */
    final ObjectMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final DefaultCamelContext camel = new DefaultCamelContext();
    private final ProducerTemplate template;
    private final Endpoint source;
    private final Endpoint portal;
    private final int pageSize;
    private final PortalSimulator.Credentials credentials = PortalSimulator.Credentials.demo();
    private String bearer;
    private String session;

    BareClient(Job job) {
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
        pageSize = job.page();
    }

    /** The page after {@code cursor} (null: the first), read as the adapter's first run reads it. */
    JsonNode page(String cursor) throws IOException {
        String query = "updatedSince=" + encode(INITIAL_SINCE) + "&limit=" + pageSize
                + (cursor == null ? "" : "&cursor=" + encode(cursor));
        Exchange ex = template.send(source, e -> {
            e.getMessage().setHeader(Exchange.HTTP_METHOD, "GET");
            e.getMessage().setHeader(Exchange.HTTP_QUERY, query);
            e.getMessage().setBody(null);
        });
        return body(ex, "GET " + query);
    }

    void signIn() throws IOException {
        String form = "grant_type=client_credentials&client_id=" + encode(credentials.clientId()) + "&client_secret="
                + encode(credentials.clientSecret());
        bearer = body(send("/token", form, "application/x-www-form-urlencoded"), "token").path("access_token").asText();
        ObjectNode login = json.createObjectNode().put("username", credentials.username())
                .put("password", credentials.password());
        session = post("/auth", login).path("session").asText();
    }

    ObjectNode envelope(String service) {
        return json.createObjectNode().put("session", session).put("madonvi", credentials.madonvi()).put("service", service);
    }

    /** A portal call; HTTP 429 waits its Retry-After and goes again, as any adapter must. */
    JsonNode post(String path, ObjectNode body) throws IOException {
        byte[] bytes = json.writeValueAsBytes(body);
        while (true) {
            Exchange ex = send(path, bytes, "application/json; charset=utf-8");
            if (ex.getException() != null || ex.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class) != 429) {
                return body(ex, path);
            }
            String after = ex.getMessage().getHeader("Retry-After", "1", String.class).strip();
            try {
                Thread.sleep(1000L * (after.matches("\\d{1,4}") ? Math.max(1, Integer.parseInt(after)) : 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting out the rate limit", e);
            }
        }
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

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        camel.stop();
    }
}
