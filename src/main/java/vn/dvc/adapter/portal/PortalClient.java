package vn.dvc.adapter.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.JsonText;
import vn.dvc.adapter.system.Masking;
import vn.dvc.adapter.system.PortalSettings;
import vn.dvc.adapter.system.Say;

/**
 * The portal's integration gateway (domain.md §4): gateway token, portal session, the
 * {@code /integration} and {@code /share} services. Renews an expired token (HTTP 401) or session
 * ({@code error_code} 2) once and repeats the call; everything else that is not an answer is a
 * {@link PortalFault}. The HTTP itself is the {@code portal-http} step of the {@code portal-call} route.
 */
@Component
public class PortalClient {

    private static final Logger log = LoggerFactory.getLogger(PortalClient.class);

    private final ProducerTemplate camel;
    private final ObjectMapper json;
    private final PortalSettings config;
    private final Throttle throttle;

    private record Token(String value, Instant expires) {}

    private volatile Token token;
    private volatile String session;

    public PortalClient(ProducerTemplate camel, ObjectMapper json, AdapterProperties properties, Throttle throttle) {
        this.camel = camel;
        this.throttle = throttle;
        this.json = json;
        this.config = properties.portal();
    }

    /** A call of {@code POST /integration}; the reply carries {@code error_code}, 0 for success. */
    public JsonNode integration(String service, ObjectNode fields) {
        return call("/integration", service, fields);
    }

    /** A call of {@code POST /share} (the catalogue). */
    public JsonNode share(String service, ObjectNode fields) {
        return call("/share", service, fields);
    }

    private JsonNode call(String path, String service, ObjectNode fields) {
        String current = session();
        JsonNode reply = authorised(path, service, fields, current);
        if (PortalCode.of(service, reply) == PortalCode.SESSION_EXPIRED) {
            log.info(Say.of("phiên làm việc với Cổng DVCQG hết hạn, đăng nhập lại", "the portal session expired; signing in again"));
            reply = authorised(path, service, fields, renewSession(current));
        }
        return reply;
    }

    private JsonNode authorised(String path, String service, ObjectNode fields, String session) {
        ObjectNode body = json.createObjectNode().put("session", session).put("madonvi", config.madonvi()).put("service", service);
        body.setAll(fields);
        String bearer = token();
        Response response = post(path, body, bearer);
        if (response.status() == 401) {
            dropToken(bearer);
            response = post(path, body, token());
        }
        return parse(response, service);
    }

    /** Forgets the token and the session, e.g. after the credentials were rotated. */
    public synchronized void forgetCredentials() {
        token = null;
        session = null;
    }

    private synchronized String session() {
        if (session == null) {
            ObjectNode login = json.createObjectNode().put("username", config.username()).put("password", config.password());
            JsonNode reply = parse(post("/auth", login, token()), "auth");
            if (PortalCode.of("auth", reply) != PortalCode.OK || !reply.hasNonNull("session")) {
                throw new PortalFault("AUTH", "Cổng DVCQG từ chối đăng nhập: " + reply.path("message").asText(), null, null, null);
            }
            session = reply.get("session").asText();
        }
        return session;
    }

    /** Drops the session that expired (unless another thread already renewed it) and logs in again. */
    private synchronized String renewSession(String expired) {
        if (expired.equals(session)) {
            session = null;
        }
        return session();
    }

    private synchronized String token() {
        Token t = token;
        if (t == null || Instant.now().isAfter(t.expires())) {
            String form = "grant_type=client_credentials&client_id=" + encode(config.clientId())
                    + "&client_secret=" + encode(config.clientSecret());
            Response response = send("/token", "token", form, "application/x-www-form-urlencoded", null);
            if (response.status() != 200) {
                throw new PortalFault("TOKEN", "không lấy được token của cổng kết nối (HTTP " + response.status() + ")",
                        response.status(), response.retryAfter(), null);
            }
            JsonNode reply = parse(response, "token");
            long ttl = Math.max(1, reply.path("expires_in").asLong(300) - 30);
            t = new Token(reply.path("access_token").asText(), Instant.now().plusSeconds(ttl));
            token = t;
        }
        return t.value();
    }

    /** Forgets {@code rejected} unless another caller already replaced it: one 401 storm gets one new token. */
    private synchronized void dropToken(String rejected) {
        if (token != null && token.value().equals(rejected)) {
            token = null;
        }
    }

    private Response post(String path, ObjectNode body, String bearer) {
        try {
            // bytes, not a String: the dossiers' JSON text is encoded to UTF-8 once, by the generator
            return send(path, body.path("service").asText(path.substring(1)), JsonText.bytes(json.writer(), body),
                    "application/json; charset=utf-8", bearer);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(String path, String service, Object body, String contentType, String bearer) {
        throttle.acquire();
        Exchange exchange = camel.send("direct:portal-call", ex -> {
            ex.setProperty(ExchangeKeys.PORTAL_SERVICE, service);
            ex.getMessage().setHeaders(bearer == null
                    ? Map.of(Exchange.HTTP_PATH, path, Exchange.HTTP_METHOD, "POST", Exchange.CONTENT_TYPE, contentType)
                    : Map.of(Exchange.HTTP_PATH, path, Exchange.HTTP_METHOD, "POST", Exchange.CONTENT_TYPE, contentType,
                            "Authorization", "Bearer " + bearer));
            ex.getMessage().setBody(body);
        });
        Exception failure = exchange.getException();
        if (failure != null) {
            boolean timeout = failure instanceof java.net.SocketTimeoutException
                    || failure.getClass().getSimpleName().contains("Timeout");
            throw new PortalFault(timeout ? "TIMEOUT" : "IO", "không kết nối được Cổng DVCQG: " + Say.reason(failure), null, null, failure);
        }
        int status = exchange.getMessage().getHeader(Exchange.HTTP_RESPONSE_CODE, 0, Integer.class);
        byte[] bytes = readBody(exchange);
        if (status == 429) {
            throttle.pause(retryAfter(exchange.getMessage().getHeader("Retry-After", String.class)));
        }
        if (status == 429 || status >= 500) {
            throw new PortalFault("HTTP_" + status, "Cổng DVCQG trả về HTTP " + status, status,
                    retryAfter(exchange.getMessage().getHeader("Retry-After", String.class)), null);
        }
        return new Response(status, bytes, retryAfter(exchange.getMessage().getHeader("Retry-After", String.class)));
    }

    private static byte[] readBody(Exchange exchange) {
        try (InputStream in = exchange.getMessage().getBody(InputStream.class)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            throw new PortalFault("IO", "mất kết nối khi đọc trả lời của Cổng DVCQG: " + Say.reason(e), null, null, e);
        }
    }

    private static Duration retryAfter(String header) {
        if (header == null || !header.strip().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.strip()));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private record Response(int status, byte[] body, Duration retryAfter) {}

    private JsonNode parse(Response response, String what) {
        if (response.status() != 200) {
            throw new PortalFault("HTTP_" + response.status(), "Cổng DVCQG trả về HTTP " + response.status() + " cho " + what,
                    response.status(), response.retryAfter(), null);
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            byte[] body = response.body();
            throw new PortalFault("BAD_REPLY", "trả lời của Cổng DVCQG cho " + what + " không phải JSON: "
                    + Masking.mask(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8)),
                    response.status(), null, e);
        }
    }
}
