package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** A JDK HttpServer on 127.0.0.1 with a fixed pool, JSON replies and exact-path routing. */
final class LocalServer implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CONTENT_TYPE = "application/json; charset=utf-8";

    static {
        // without it loopback replies wait ~40 ms for a delayed ACK (Nagle); read once, when the JDK
        // server classes load, so this only helps when the JVM was started without the flag
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    @FunctionalInterface
    interface Handler {
        void handle(HttpExchange exchange) throws Exception;
    }

    static final int THREADS = 64;

    private final HttpServer server;
    private final ExecutorService pool;

    LocalServer(int port, String name) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 256);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the " + name + " simulator to 127.0.0.1:" + port, e);
        }
        AtomicInteger n = new AtomicInteger();
        // A simulated latency holds its thread while it waits, as a slow server does: 64 threads serve
        // 64 calls in flight, more than any concurrency the benchmark asks of them (eight capped it).
        pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, name + "-sim-" + n.incrementAndGet());
            t.setDaemon(true); // a forgotten close() must not keep the JVM alive
            return t;
        });
        server.setExecutor(pool);
    }

    void route(String path, Handler handler) {
        server.createContext(path, exchange -> {
            try {
                if (!exchange.getRequestURI().getPath().equals(path)) {
                    send(exchange, 404, error("not_found", "Không có tài nguyên " + exchange.getRequestURI().getPath()));
                    return;
                }
                handler.handle(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (BadRequest e) {
                trySend(exchange, 400, error("bad_request", e.getMessage()));
            } catch (Exception e) {
                trySend(exchange, 500, error("internal", e.toString()));
            } finally {
                exchange.close(); // without a reply sent, this drops the connection: a fault on purpose
            }
        });
    }

    private static void trySend(HttpExchange exchange, int status, JsonNode body) {
        try {
            send(exchange, status, body);
        } catch (IOException | RuntimeException ignored) {
            // the reply had started; closing the exchange is all that is left
        }
    }

    LocalServer start() {
        server.start();
        return this;
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    static byte[] body(HttpExchange exchange) throws IOException {
        return exchange.getRequestBody().readAllBytes();
    }

    static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
        send(exchange, status, JSON.writeValueAsBytes(body));
    }

    static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
        exchange.sendResponseHeaders(status, json.length == 0 ? -1 : json.length);
        exchange.getResponseBody().write(json);
    }

    static ObjectNode error(String error, String message) {
        return JsonNodeFactory.instance.objectNode().put("error", error).put("message", message);
    }

    /** Query or form parameters; '+' is a space as in forms. */
    static Map<String, String> parameters(String encoded) {
        Map<String, String> out = new HashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                out.put(URLDecoder.decode(key, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new BadRequest("cannot decode parameter " + key);
            }
        }
        return out;
    }

    /** Thrown by a handler to answer HTTP 400 with this message. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
