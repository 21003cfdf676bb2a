package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.sync.SyncService;

/**
 * The adapter served on a random port over an in-memory H2 ledger, against both simulators, with
 * one user per role and a bearer token; every admin test class shares this one context. Users'
 * hashes are bcrypt at cost 4 so that each Basic call stays cheap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:admin;DB_CLOSE_DELAY=-1",
        "spring.config.import=classpath:targets-phutho.yaml",   // the demo data spans the merger: both trees
        "adapter.sync.retry-backoff=PT0.01S", "adapter.sync.max-backoff=PT0.05S", "adapter.sync.max-attempts=1",
        "adapter.sync.batch-size=20", "adapter.source.page-size=100",
        "adapter.admin.users[0].username=viewer",
        "adapter.admin.users[0].password={bcrypt}$2a$04$1V6fkxE3PloYq9M51NvKAOeJ4OdrAafm5WkTWwKB8s9UkWLF3CP1y",
        "adapter.admin.users[0].role=VIEWER",
        "adapter.admin.users[1].username=operator",
        "adapter.admin.users[1].password={bcrypt}$2a$04$uD0Aw0qVJibUuR6EqQeGneE6i1V/3oYF6/OII.8MpWGC9/SmRxGDa",
        "adapter.admin.users[1].role=OPERATOR",
        "adapter.admin.users[2].username=admin",
        "adapter.admin.users[2].password={bcrypt}$2a$04$kgq1T5JP671mPb9GSxb9dey.ILQ.ZIqjHCgaFU.l7vdhjV5EoMsTq",
        "adapter.admin.users[2].role=ADMIN",
        // the brute-force test's own victim: locking it out locks nobody else's test out
        "adapter.admin.users[3].username=target",
        "adapter.admin.users[3].password={bcrypt}$2a$04$PN4zCz7kqbvwy/.9peETCOVKqOSDYLGqlhqTYtQo5DcS0XCaF00YO",
        "adapter.admin.users[3].role=VIEWER",
        "adapter.admin.health.cache-for=PT0S", "adapter.ledger.keep-sent-payload=true",
        // the test client on loopback plays a TLS proxy: its X-Forwarded-For and -Proto are believed
        "server.tomcat.remoteip.internal-proxies=127.0.0.1/32",
        "management.defaults.metrics.export.enabled=true", "management.prometheus.metrics.export.enabled=true"})
public abstract class AdminSystems {

    protected static final String VIEWER = "viewer";
    protected static final String OPERATOR = "operator";
    protected static final String ADMIN = "admin";
    /** The test users' passwords: the user name with "-pw". */
    protected static final String TOKEN = "test-token-0f9c2b7e5d1a";

    protected static final DemoData DATA = DemoData.hoaBinh(150);
    protected static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    protected static final ObjectMapper JSON = new ObjectMapper();
    /** Drift lists and backups the context writes: a temporary folder, never the checkout's reports/ and backups/. */
    protected static final java.nio.file.Path FILES = vn.dvc.adapter.Scratch.folder("admin-files");
    private static final AtomicInteger TOUCHED = new AtomicInteger();
    private static volatile boolean synced;

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry registry) {
        var demo = PortalSimulator.Credentials.demo();
        registry.add("adapter.source.url", () -> SIMS.source().url().toString());
        registry.add("adapter.portal.url", () -> SIMS.portal().url().toString());
        registry.add("adapter.portal.client-id", demo::clientId);
        registry.add("adapter.portal.client-secret", demo::clientSecret);
        registry.add("adapter.portal.username", demo::username);
        registry.add("adapter.portal.password", demo::password);
        registry.add("adapter.portal.madonvi", demo::madonvi);
        registry.add("adapter.sso.jwks-url", () -> SIMS.portal().url() + "/sso/jwks");
        registry.add("adapter.sso.issuer", DATA::ssoIssuer);
        registry.add("adapter.sso.audience", DATA::ssoAudience);
        // a list binds from one property source only: the whole token is given here
        registry.add("adapter.admin.tokens[0].name", () -> "prometheus");
        registry.add("adapter.admin.tokens[0].token-hash", () -> sha256(TOKEN));
        registry.add("adapter.admin.tokens[0].role", () -> "VIEWER");
        registry.add("adapter.reconcile.report-dir", () -> FILES.resolve("reports").toString());
        registry.add("adapter.ledger.backup-dir", () -> FILES.resolve("backups").toString());
    }

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected SyncService sync;

    protected final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** The demo data synced once for the whole context: most dossiers SENT, some QUARANTINED or HELD. */
    protected void synced() {
        if (!synced) {
            synchronized (AdminSystems.class) {
                if (!synced) {
                    assertThat(sync.runOnce().pulled()).isEqualTo(DATA.dossierCount());
                    synced = true;
                }
            }
        }
    }

    /**
     * A FAILED transfer with a true story: a dossier accepted before changes at the source, and the
     * portal answers its update with HTTP 503 (one try per call here). Returns its MaHoSo.
     */
    protected String failedTransfer() {
        synced();
        sync.runOnce();   // first resend whatever earlier tests left unfinished, so the fault hits this dossier
        String id = jdbc.queryForObject("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so"
                + " limit 1 offset ?", String.class, TOUCHED.getAndIncrement());
        SIMS.source().touch(id, d -> d.put("GhiChu", "Bổ sung giấy tờ lần " + TOUCHED.get()));
        SIMS.portal().faults().failNext(1, 503);
        sync.runOnce();
        SIMS.portal().faults().reset();
        assertThat(state(id)).as("state of %s after a 503", id).isEqualTo("FAILED");
        return id;
    }

    /** A MaHoSo built to break links: a path that climbs, a query, a fragment. */
    protected static final String HOSTILE_ID = "../../etc/passwd?x=1#frag";
    /** A quarantined dossier whose raw record keeps the applicant's ID token. */
    protected static final String TOKEN_ID = "000.00.12.H25-HOSTILE-0001";
    /** The identity number inside the ID token's claims: no viewer may read it, in any encoding. */
    protected static final String CLAIMED_ID = "017203009876";
    protected static final String ID_TOKEN = jwt("{\"alg\":\"RS256\",\"kid\":\"k1\"}",
            "{\"iss\":\"https://sso.dichvucong.gov.vn\",\"SoDinhDanh\":\"" + CLAIMED_ID
                    + "\",\"HoVaTen\":\"Nguyễn Thị Hostile\",\"acr\":\"LoA2\"}");
    protected static final String HOSTILE_AGENCY = "<svg/onload=alert(3)>";
    protected static final String SPACED_PHONE = "+84 912 345 678";

    /**
     * Two quarantined rows as the ledger keeps them, from a source that sends whatever it likes:
     * markup in every text, a climbing MaHoSo, an unconfigured agency code, phones written with
     * spaces and dots, an ID token in the raw record and in the error. Written straight to the
     * ledger, so that the console's and the API's defences are tested whatever the checks refuse.
     */
    protected void hostileRecords() {
        for (String id : new String[] {HOSTILE_ID, TOKEN_ID}) {
            String raw = "{\"MaHoSo\":" + JSON.valueToTree(id) + ",\"ChuHoSo\":\"<img src=x onerror=alert(1)>\","
                    + "\"SoDienThoai\":\"" + SPACED_PHONE + "\",\"GhiChu\":\"Liên hệ 0912.345.678 </script><script>alert(2)</script>\","
                    + "\"XacThuc\":{\"IdToken\":\"" + ID_TOKEN + "\"}}";
            jdbc.update("merge into transfer (ma_ho_so, state, error_class, error_stage, error_code, error_field, last_error,"
                    + " payload, ma_don_vi, created_at, updated_at) key (ma_ho_so) values (?, 'QUARANTINED', 'INVALID', 'CHECK',"
                    + " 'INVALID_VALUE', 'MaHoSo', ?, ?, ?, current_timestamp, current_timestamp)", id,
                    "dossier " + id + ": <b>MaHoSo</b> <script>alert(4)</script> gọi " + SPACED_PHONE + " token " + ID_TOKEN,
                    raw, HOSTILE_AGENCY);
        }
    }

    protected static String jwt(String header, String claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("not-a-real-signature-but-long-enough".getBytes(StandardCharsets.UTF_8));
    }

    protected String state(String id) {
        return jdbc.queryForObject("select state from transfer where ma_ho_so = ?", String.class, id);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected HttpResponse<String> call(String method, String path, String user, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (user != null) {
            b.header("Authorization", user.startsWith("Bearer ") ? user : basic(user));
        }
        return send(b.build());
    }

    protected HttpResponse<String> get(String path, String user) {
        return call("GET", path, user, null);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A console page as a signed-in user sees it: the console takes form logins, not Basic. */
    protected HttpResponse<String> signedIn(String user, String path) {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user
                            + "-pw&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    public static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-pw").getBytes(StandardCharsets.UTF_8));
    }

    protected static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
