package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/** The console: form login with a session, CSRF tokens on its forms, pages by role, OpenAPI behind the login. */
class ConsoleSecurityTest extends AdminSystems {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A browser without a browser: cookies kept, redirects not followed. */
    private final class Session {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) {
            return send(client, HttpRequest.newBuilder(URI.create(url(path))).GET().build());
        }

        HttpResponse<String> post(String path, String form) {
            return send(client, HttpRequest.newBuilder(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        }

        String csrf(String path) {
            Matcher m = CSRF.matcher(get(path).body());
            assertThat(m.find()).as("a CSRF token on %s", path).isTrue();
            return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        }

        Session login(String user) {
            HttpResponse<String> r = post("/login", "username=" + user + "&password=" + user + "-pw&_csrf=" + csrf("/login"));
            assertThat(r.statusCode()).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("error");
            return this;
        }
    }

    private HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        Session anonymous = new Session();
        assertThat(anonymous.post("/login", "username=operator&password=operator-pw").statusCode()).isEqualTo(403);

        Session operator = new Session().login(OPERATOR);
        String id = failedTransfer();
        assertThat(operator.post("/transfers/" + id + "/replay", "").statusCode()).isEqualTo(403);
        assertThat(operator.post("/transfers/" + id + "/replay", "_csrf=forged").statusCode()).isEqualTo(403);
        assertThat(state(id)).isEqualTo("FAILED");

        HttpResponse<String> replayed = operator.post("/transfers/" + id + "/replay", "_csrf=" + operator.csrf("/transfers/" + id));
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(state(id)).isEqualTo("SENT");
        assertThat(operator.get("/transfers/" + id).body()).contains("được Cổng DVCQG tiếp nhận");
    }

    @Test
    void pagesFollowTheRoles() {
        assertThat(new Session().get("/transfers").headers().firstValue("Location").orElse("")).endsWith("/login");
        String login = new Session().get("/login").body();
        assertThat(login).contains("Đăng nhập").contains("Tên đăng nhập").contains("lang=\"vi\"");

        Session viewer = new Session().login(VIEWER);
        assertThat(viewer.get("/").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/").body()).as("the overview names the source").contains("API xuất dữ liệu của Hệ thống một cửa");
        assertThat(viewer.get("/transfers").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/runs").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/compliance").statusCode()).isEqualTo(200);
        assertThat(viewer.get("/audit").statusCode()).isEqualTo(403);
        String id = failedTransfer();
        assertThat(viewer.post("/transfers/" + id + "/replay", "_csrf=" + viewer.csrf("/transfers/" + id)).statusCode())
                .isEqualTo(403);
        assertThat(viewer.post("/sync", "_csrf=" + viewer.csrf("/")).statusCode()).isEqualTo(403);
        assertThat(viewer.get("/transfers/" + id).body()).doesNotContain("/replay\"");

        Session admin = new Session().login(ADMIN);
        assertThat(admin.get("/audit").body()).contains("Nhật ký quản trị");
        assertThat(admin.get("/audit?lang=en").body()).contains("Audit log");
    }

    /** The runs table's note and its tooltip: for a viewer, no system's address and no citizen's data. */
    @Test
    void aRunsNoteIsMaskedForAViewerInTheTableAndItsTooltip() {
        java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at, finished_at, message)"
                + " values ('SYNC', 'x', 'FAILED', ?, ?, ?, ?)", at, at, at,
                "Unrecognized token '0912345678' from http://10.20.30.40:8080/api/v1/dossiers");
        long id = jdbc.queryForObject("select max(id) from sync_run", Long.class);
        try {
            for (String page : new String[] {"/runs", "/"}) {
                String viewer = new Session().login(VIEWER).get(page).body();
                assertThat(viewer).as(page).contains("09******78").contains("[địa chỉ / address]")
                        .doesNotContain("0912345678").doesNotContain("10.20.30.40");
                assertThat(new Session().login(OPERATOR).get(page).body()).as(page).contains("0912345678").contains("10.20.30.40");
            }
        } finally {
            jdbc.update("delete from sync_run where id = ?", id);   // the other tests' last run stays theirs
        }
    }

    /** Bytes that are not UTF-8 in a console's query or form: a 400 of one line, nothing in the log (it was 16 KB of stack a request). */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aQueryThatIsNotUtf8IsA400OfOneLineAndNoStackInTheLog(org.springframework.boot.test.system.CapturedOutput log) {
        int before = log.getAll().length();
        Session anonymous = new Session();
        for (String path : new String[] {"/login?x=%C0%AF", "/?x=%C0%AF", "/transfers?q=%FF&lang=en"}) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            assertThat(r.body().lines().count()).as(path).isEqualTo(1);
        }
        assertThat(anonymous.get("/login?x=%C0%AF").body()).contains("không đọc được");
        HttpResponse<String> form = anonymous.post("/login", "username=%C0%AF&password=x");
        assertThat(form.statusCode()).isEqualTo(400);
        String logged = log.getAll().substring(before);
        assertThat(logged).doesNotContain("InvalidParameterException").doesNotContain("\tat ").doesNotContain("ERROR");
    }

    /** The login page says how long a lock lasts as its redirect wrote it, and shows no other text a link puts there. */
    @Test
    void theLoginPageShowsOnlyTheSecondsOfALock() {
        assertThat(new Session().get("/login?locked=30").body()).contains("id=\"login-locked\"").contains("30");
        String phishing = new Session().get("/login?locked=" + URLEncoder.encode("5 giây. Gọi 0912345678 để được hỗ trợ",
                StandardCharsets.UTF_8)).body();
        assertThat(phishing).doesNotContain("login-locked").doesNotContain("Gọi 0912345678");   // (the language link keeps the query, encoded)
    }

    /** Spring's own error answer outside /api quotes the path asked for: masked as the API's problems are. */
    @Test
    void aConsoleErrorAnswerQuotesThePathMasked() {
        Session viewer = new Session().login(VIEWER);
        HttpResponse<String> r = send(viewer.client, HttpRequest.newBuilder(URI.create(url("/transfers/001099012345")))
                .header("Accept", "application/json").GET().build());
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("001099012345").contains("00********45");
    }

    @Test
    void theOpenApiDescriptionNeedsALogin() {
        assertThat(new Session().get("/v3/api-docs").headers().firstValue("Location").orElse("")).endsWith("/login");
        Session viewer = new Session().login(VIEWER);
        HttpResponse<String> docs = viewer.get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(viewer.get("/swagger-ui.html").headers().firstValue("Location").orElse("")).contains("/swagger-ui/index.html");
        assertThat(viewer.get("/swagger-ui/index.html").body()).contains("swagger-ui-bundle.js").doesNotContain("https://");
        assertThat(docs.body()).contains("/api/transfers/replay").contains("/api/runs/{id}").contains("bearerAuth")
                .doesNotContain("\"/transfers/{maHoSo}\"");
    }
}
