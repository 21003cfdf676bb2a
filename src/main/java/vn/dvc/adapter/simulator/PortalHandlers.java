package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;

/** HTTP front of the portal simulator: gateway token, session, integration and sharing endpoints. */
final class PortalHandlers {

    static final String[] SERVICES =
        {"token", "auth", "DongBoHoSoMC", "CapNhatTienDoHoSoMC", "TraCuuHoSo", "LayDanhSachTTHC", "jwks"};

    private final PortalSimulator.Credentials credentials;
    private final Faults faults;
    private final PortalAccess access;
    private final IntegrationServices services;
    private final DemoData data;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    PortalHandlers(DemoData data, PortalSimulator.Credentials credentials, Faults faults, PortalAccess access,
                   IntegrationServices services) {
        this.data = data;
        this.credentials = credentials;
        this.faults = faults;
        this.access = access;
        this.services = services;
        for (String s : SERVICES) {
            calls.put(s, new AtomicInteger());
        }
    }

    Map<String, Integer> calls() {
        Map<String, Integer> out = new ConcurrentSkipListMap<>();
        calls.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    void token(HttpExchange exchange) throws Exception {
        Map<String, String> form = LocalServer.parameters(new String(LocalServer.body(exchange), StandardCharsets.UTF_8));
        count("token");
        String id = form.get("client_id");
        String secret = form.get("client_secret");
        String basic = exchange.getRequestHeaders().getFirst("Authorization");
        if (basic != null && basic.regionMatches(true, 0, "Basic ", 0, 6)) { // RFC 6749 §2.3.1 allows either
            String[] pair = new String(Base64.getDecoder().decode(basic.substring(6).trim()), StandardCharsets.UTF_8)
                .split(":", 2);
            id = pair[0];
            secret = pair.length > 1 ? pair[1] : null;
        }
        if (!"client_credentials".equals(form.get("grant_type"))) {
            LocalServer.send(exchange, 400, oauthError("unsupported_grant_type", "grant_type must be client_credentials"));
        } else if (!credentials.clientId().equals(id) || !credentials.clientSecret().equals(secret)) {
            LocalServer.send(exchange, 401, oauthError("invalid_client", "Sai client_id hoặc client_secret"));
        } else {
            ObjectNode reply = JsonNodeFactory.instance.objectNode()
                .put("access_token", access.issueToken(faults.tokenTtl()))
                .put("token_type", "Bearer")
                .put("expires_in", faults.tokenTtl().toSeconds());
            LocalServer.send(exchange, 200, reply);
        }
    }

    void auth(HttpExchange exchange) throws Exception {
        byte[] body = LocalServer.body(exchange);
        count("auth");
        if (!authorised(exchange)) {
            return;
        }
        JsonNode request = json(body);
        if (request != null && credentials.username().equals(request.path("username").asText(null))
            && credentials.password().equals(request.path("password").asText(null))) {
            LocalServer.send(exchange, 200, JsonNodeFactory.instance.objectNode()
                .put("error_code", 0).put("session", access.issueSession(faults.sessionTtl())));
        } else {
            LocalServer.send(exchange, 200, reply(1, "Sai tên đăng nhập hoặc mật khẩu"));
        }
    }

    /** /integration and /share: the same envelope, the faults, then the named service. */
    void service(HttpExchange exchange, boolean share) throws Exception {
        JsonNode request = json(LocalServer.body(exchange));
        String service = request == null ? null : request.path("service").asText(null);
        count(service == null ? "unknown" : service);
        if (!authorised(exchange)) {
            return;
        }
        Faults.Fault fault = faults.next();
        if (fault != null) {
            injected(exchange, fault);
            return;
        }
        if (faults.latency() > 0) {
            Thread.sleep(faults.latency());
        }
        byte[] hostile = "TraCuuHoSo".equals(service) ? faults.lookupAnswer(request.path("MaHoSo").asText(null)) : null;
        if (hostile != null) {
            LocalServer.send(exchange, 200, hostile);
            return;
        }
        LocalServer.send(exchange, 200, answer(request, service, share));
    }

    private JsonNode answer(JsonNode request, String service, boolean share) {
        if (request == null || !request.isObject()) {
            return reply(-1, "Dữ liệu gửi lên không phải JSON hợp lệ");
        }
        if (!access.validSession(request.path("session").asText(null))) {
            return reply(2, "Phiên làm việc hết hạn");
        }
        String madonvi = request.path("madonvi").asText("");
        if (share) {
            return "LayDanhSachTTHC".equals(service) ? services.catalogue(madonvi)
                : reply(-1, "Dịch vụ không tồn tại: " + service);
        }
        if (!credentials.madonvi().equals(madonvi)) {
            return reply(-1, "Mã đơn vị " + madonvi + " không khớp với tài khoản tích hợp");
        }
        return switch (service == null ? "" : service) {
            case "DongBoHoSoMC" -> services.sync(request);
            case "CapNhatTienDoHoSoMC" -> services.progress(request);
            case "TraCuuHoSo" -> {
                String maHoSo = request.path("MaHoSo").asText(null);
                sleep(faults.lookupDelay(maHoSo));
                yield services.lookup(maHoSo);
            }
            default -> reply(-1, "Dịch vụ không tồn tại: " + service);
        };
    }

    private static void sleep(int ms) {
        if (ms > 0) {
            try {
                Thread.sleep(ms);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    void jwks(HttpExchange exchange) throws Exception {
        count("jwks");
        LocalServer.send(exchange, 200, data.identityProviderKeys().toString(true).getBytes(StandardCharsets.UTF_8));
    }

    private boolean authorised(HttpExchange exchange) throws Exception {
        if (access.authorised(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        LocalServer.send(exchange, 401, oauthError("invalid_token", "Token không hợp lệ hoặc đã hết hạn"));
        return false;
    }

    private static void injected(HttpExchange exchange, Faults.Fault fault) throws Exception {
        if (fault.drop()) {
            return; // LocalServer closes the exchange without a reply: the client sees the connection drop
        }
        if (fault.status() == 429) {
            exchange.getResponseHeaders().set("Retry-After", Integer.toString(fault.retryAfterSeconds()));
        }
        String message = switch (fault.status()) {
            case 429 -> "Vượt quá số lượng yêu cầu cho phép, vui lòng thử lại sau";
            case 503 -> "Hệ thống đang bận, vui lòng thử lại sau";
            default -> "Lỗi mô phỏng HTTP " + fault.status();
        };
        LocalServer.send(exchange, fault.status(), LocalServer.error("simulated_fault", message));
    }

    private void count(String service) {
        calls.computeIfAbsent(service, k -> new AtomicInteger()).incrementAndGet();
    }

    static ObjectNode reply(int code, String message) {
        return JsonNodeFactory.instance.objectNode().put("error_code", code).put("message", message);
    }

    private static ObjectNode oauthError(String error, String description) {
        return JsonNodeFactory.instance.objectNode().put("error", error).put("error_description", description);
    }

    private static JsonNode json(byte[] body) {
        try {
            return body.length == 0 ? null : LocalServer.JSON.readTree(body);
        } catch (IOException e) {
            return null; // answered as invalid JSON
        }
    }
}
