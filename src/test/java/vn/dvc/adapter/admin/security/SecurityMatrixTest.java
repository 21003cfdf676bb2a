package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dvc.adapter.admin.ops.AdapterMetrics;
import vn.dvc.adapter.admin.AdminSystems;

/** Who may do what on the JSON API: anonymous, each role, a bearer token; problem details; masking. */
class SecurityMatrixTest extends AdminSystems {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    AdapterMetrics metrics;
    @Autowired
    MeterRegistry registry;

    /** Every mapped /api route, path variables filled in, with its method. */
    private List<String[]> apiRoutes() {
        List<String[]> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    String m = methods.isEmpty() ? "GET" : methods.iterator().next().name();
                    routes.add(new String[] {m, pattern.replaceAll("\\{[^}]+}", "1")});
                }
            }
        });
        return routes;
    }

    @Test
    void anonymousGets401AsAProblemOnEveryApiRoute() {
        List<String[]> routes = apiRoutes();
        assertThat(routes).extracting(r -> r[0] + " " + r[1]).contains("GET /api/runs", "GET /api/transfers",
                "POST /api/transfers/replay", "POST /api/sync", "GET /api/compliance", "GET /api/catalogue",
                "POST /api/catalogue/refresh", "GET /api/audit", "GET /api/transfers/1", "GET /api/runs/1");
        for (String[] route : routes) {
            HttpResponse<String> r = call(route[0], route[1], null, route[0].equals("POST") ? "{}" : null);
            assertThat(r.statusCode()).as("%s %s", route[0], route[1]).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(json(r).path("title").asText()).isEqualTo("Chưa xác thực");
        }
        HttpResponse<String> english = get("/api/runs?lang=en", null);
        assertThat(json(english).path("title").asText()).isEqualTo("Not authenticated");
        assertThat(get("/api/runs", "nobody").statusCode()).isEqualTo(401);
        assertThat(get("/api/runs", "Bearer not-a-known-token").statusCode()).isEqualTo(401);
    }

    @Test
    void eachRoleGetsExactlyItsOperations() {
        synced();
        String replay = "{\"ids\":[\"NO-SUCH-DOSSIER\"],\"dryRun\":true}";
        for (String user : List.of(VIEWER, "Bearer " + TOKEN)) {
            assertThat(get("/api/runs", user).statusCode()).as(user).isEqualTo(200);
            assertThat(get("/api/transfers?state=QUARANTINED", user).statusCode()).isEqualTo(200);
            assertThat(get("/api/compliance?from=2020-01-01&to=2030-12-31", user).statusCode()).isEqualTo(200);
            assertThat(get("/api/catalogue", user).statusCode()).isEqualTo(200);
            HttpResponse<String> denied = call("POST", "/api/transfers/replay", user, replay);
            assertThat(denied.statusCode()).as(user).isEqualTo(403);
            assertThat(json(denied).path("title").asText()).isEqualTo("Không đủ quyền");
            assertThat(call("POST", "/api/sync", user, null).statusCode()).isEqualTo(403);
            assertThat(get("/api/audit", user).statusCode()).isEqualTo(403);
        }
        assertThat(call("POST", "/api/transfers/replay", OPERATOR, replay).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/catalogue/refresh", OPERATOR, null).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", OPERATOR).statusCode()).isEqualTo(403);
        assertThat(get("/api/audit", ADMIN).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/transfers/replay", ADMIN, replay).statusCode()).isEqualTo(200);
    }

    @Test
    void anOperatorReplaysAFailedTransferAndTheReplayIsAudited() {
        String id = failedTransfer();

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR, "{\"ids\":[\"" + id + "\"]}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = json(r);
        assertThat(result.path("matched").asInt()).isEqualTo(1);
        assertThat(result.path("sent").asInt()).isEqualTo(1);
        assertThat(state(id)).isEqualTo("SENT");
        JsonNode audit = json(get("/api/audit?size=5", ADMIN)).path("items");
        assertThat(audit.get(0).path("actor").asText()).isEqualTo(OPERATOR);
        assertThat(audit.get(0).path("action").asText()).isEqualTo("REPLAY");
        assertThat(audit.get(0).path("detail").asText()).contains("id=" + id);
        JsonNode story = json(get("/api/transfers/" + id, VIEWER)).path("story");
        assertThat(story).extracting(e -> e.path("state").asText()).containsSubsequence("FAILED", "SENT");
    }

    @Test
    void aSyncStartedThroughTheApiRunsAndIsAudited() {
        synced();
        HttpResponse<String> r = call("POST", "/api/sync", OPERATOR, null);

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        long run = json(r).path("run").asLong();
        assertThat(json(r).path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(json(get("/api/runs/" + run, VIEWER)).path("kind").asText()).isEqualTo("SYNC");
        assertThat(jdbc.queryForObject("select actor from admin_audit where action = 'SYNC' and run_id = ?", String.class, run))
                .isEqualTo(OPERATOR);
    }

    @Test
    void identitiesAreMaskedForAViewerOnlyInListsAndDetails() {
        synced();
        String id = jdbc.queryForList("select ma_ho_so, payload from transfer where state = 'SENT' order by ma_ho_so").stream()
                .filter(r -> {
                    String p = vn.dvc.adapter.TestProperties.cipher().open((String) r.get("payload"));
                    return p != null && p.contains("\"Email\":\"") && p.contains("\"SoDienThoai\":\"");
                }).map(r -> (String) r.get("ma_ho_so")).findFirst().orElseThrow();
        JsonNode raw = json(get("/api/transfers/" + id, OPERATOR)).path("payload").path("dossier");
        JsonNode masked = json(get("/api/transfers/" + id, VIEWER));
        JsonNode dossier = masked.path("payload").path("dossier");

        assertThat(masked.path("masked").asBoolean()).isTrue();
        for (String field : List.of("SoGiayToChuHoSo", "SoDienThoai", "Email")) {
            String original = raw.path(field).asText();
            String shown = dossier.path(field).asText();
            assertThat(original).as(field).doesNotContain("*").isNotBlank();
            assertThat(shown).as(field).contains("***").isNotEqualTo(original);
            assertThat(masked.toString()).as("%s anywhere in the answer", field).doesNotContain(original);
        }
        assertThat(dossier.path("SoGiayToChuHoSo").asText()).startsWith(raw.path("SoGiayToChuHoSo").asText().substring(0, 2));
        assertThat(dossier.path("Email").asText()).endsWith(raw.path("Email").asText().substring(raw.path("Email").asText().indexOf('@')));
        assertThat(dossier.path("ChuHoSo").asText()).isEqualTo(raw.path("ChuHoSo").asText());
    }

    @Test
    void errorsAreProblemDetailsWithVietnameseTitlesAndEnglishOnRequest() {
        HttpResponse<String> badSize = get("/api/runs?size=0", VIEWER);
        assertThat(badSize.statusCode()).isEqualTo(400);
        assertThat(badSize.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(badSize).path("title").asText()).isEqualTo("Yêu cầu không hợp lệ");
        assertThat(json(get("/api/runs?size=0&lang=en", VIEWER)).path("title").asText()).isEqualTo("Bad request");
        // the parameter, its range and its value, in the reader's language (Spring said "Validation failure")
        assertThat(json(badSize).path("detail").asText()).isEqualTo("Tham số size phải từ 1 đến " + vn.dvc.adapter.admin.PageOf.MAX_SIZE + ", đang là 0.");
        assertThat(json(get("/api/runs?size=0&lang=en", VIEWER)).path("detail").asText())
                .isEqualTo("The parameter size must be 1.." + vn.dvc.adapter.admin.PageOf.MAX_SIZE + ", is 0.");

        HttpResponse<String> missing = get("/api/transfers/KHONG-CO", VIEWER);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(json(missing).path("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(json(missing).path("detail").asText()).contains("KHONG-CO");

        HttpResponse<String> badState = get("/api/transfers?state=LOST", VIEWER);
        assertThat(badState.statusCode()).isEqualTo(400);
        assertThat(json(badState).path("detail").asText()).contains("LOST");

        HttpResponse<String> nothing = call("POST", "/api/transfers/replay", OPERATOR, "{}");
        assertThat(nothing.statusCode()).isEqualTo(400);
        assertThat(json(nothing).path("detail").asText()).contains("ids").contains("failed");
    }

    // ---- issue 12: what a security probe found ----

    /** A run's note quotes what stopped it: a viewer reads it without the systems' addresses and without a citizen's data. */
    @Test
    void aRunsNoteIsReadByAViewerWithoutAddressesOrCitizensData() {
        java.sql.Timestamp at = java.sql.Timestamp.from(java.time.Instant.now());
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at, finished_at, message)"
                + " values ('SYNC', 'x', 'FAILED', ?, ?, ?, ?)", at, at, at,
                "Unrecognized token '0912345678': dossier of an.nguyen@example.vn from http://10.20.30.40:8080/api/v1/dossiers?x=1"
                        + " [/10.20.30.40] via jdbc:postgresql://ledger.internal:5432/adapter");
        long id = jdbc.queryForObject("select max(id) from sync_run", Long.class);
        try {
            for (String path : List.of("/api/runs/" + id, "/api/runs?size=1", "/api/overview")) {
                String viewer = json(get(path, VIEWER)).toString();
                assertThat(viewer).as(path).contains("Unrecognized token '09******78'").contains("a***@example.vn")
                        .contains("[địa chỉ / address]").doesNotContain("10.20.30.40").doesNotContain("ledger.internal")
                        .doesNotContain("0912345678").doesNotContain("an.nguyen");
                assertThat(json(get(path, OPERATOR)).toString()).as(path).contains("0912345678").contains("http://10.20.30.40:8080");
            }
        } finally {
            jdbc.update("delete from sync_run where id = ?", id);   // the other tests' last run stays theirs
        }
    }

    @Test
    void aViewerReadsNoIdTokenNorTheIdentityInsideItInAnyView() {
        hostileRecords();
        JsonNode raw = json(get("/api/transfers/" + TOKEN_ID, OPERATOR));
        assertThat(raw.toString()).as("an operator still sees what arrived").contains(ID_TOKEN);
        String claims = ID_TOKEN.split("\\.")[1];

        String one = get("/api/transfers/" + TOKEN_ID, VIEWER).body();
        String list = get("/api/transfers?state=QUARANTINED&size=500", VIEWER).body();
        for (String view : List.of(one, list)) {
            assertThat(view).contains(TOKEN_ID).doesNotContain(claims).doesNotContain(CLAIMED_ID)
                    .doesNotContain(SPACED_PHONE).doesNotContain("912 345");
        }
        assertThat(json(get("/api/transfers/" + TOKEN_ID, VIEWER)).at("/payload/XacThuc/IdToken").asText())
                .contains("encoded characters hidden");
    }

    @Test
    void apiWritesFromAnotherSiteOrNotInJsonAreRefused() {
        String dry = "{\"ids\":[\"NO-SUCH-DOSSIER\"],\"dryRun\":true}";
        HttpResponse<String> foreign = send(post("/api/transfers/replay", OPERATOR, dry, "application/json")
                .header("Origin", "https://evil.example").build());
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(send(post("/api/sync", OPERATOR, null, null).header("Sec-Fetch-Site", "cross-site").build()).statusCode())
                .isEqualTo(403);
        HttpResponse<String> form = send(post("/api/transfers/replay", OPERATOR, "ids=X", "text/plain").build());
        assertThat(form.statusCode()).isEqualTo(415);
        assertThat(send(post("/api/transfers/replay", OPERATOR, dry, "application/x-www-form-urlencoded").build())
                .statusCode()).isEqualTo(415);

        HttpResponse<String> own = send(post("/api/transfers/replay", OPERATOR, dry, "application/json")
                .header("Origin", "http://127.0.0.1:" + port).header("Sec-Fetch-Site", "same-origin").build());
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);

        HttpResponse<String> browser = send(HttpRequest.newBuilder(URI.create(url("/api/runs")))
                .header("Sec-Fetch-Mode", "navigate").header("Accept", "text/html").GET().build());
        assertThat(browser.statusCode()).isEqualTo(401);
        assertThat(browser.headers().allValues("WWW-Authenticate")).noneMatch(v -> v.contains("Basic"));
        assertThat(get("/api/runs", null).headers().firstValue("WWW-Authenticate").orElse("")).contains("Basic");
    }

    @Test
    void numbersAndListsFromTheCallerAreBoundedAndEveryApiErrorIsAProblem() {
        List<String[]> bad = List.of(
                new String[] {"GET", "/api/audit?page=2147483647"}, new String[] {"GET", "/api/runs?page=-1"},
                new String[] {"GET", "/api/runs?page=abc"}, new String[] {"GET", "/api/transfers?size=100000"},
                new String[] {"GET", "/api/compliance?from=%2B99999-01-01&to=%2B99999-12-31"},
                new String[] {"GET", "/api/compliance?from=2026-13-01&to=2026-12-31"},
                new String[] {"GET", "/api/compliance?from=2026-12-31&to=2026-01-01"},
                new String[] {"GET", "/api/compliance"});
        for (String[] b : bad) {
            HttpResponse<String> r = call(b[0], b[1], ADMIN, null);
            assertThat(r.statusCode()).as("%s %s: %s", b[0], b[1], r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).as(b[1]).startsWith("application/problem+json");
            assertThat(json(r).path("title").asText()).as(b[1]).isEqualTo("Yêu cầu không hợp lệ");
        }
        assertThat(get("/api/audit?page=100000&size=500", ADMIN).statusCode()).isEqualTo(200);

        StringBuilder ids = new StringBuilder("{\"ids\":[");
        for (int i = 0; i < 100_000; i++) {
            ids.append(i == 0 ? "" : ",").append("\"H25-").append(i).append('"');
        }
        HttpResponse<String> many = call("POST", "/api/transfers/replay", OPERATOR, ids.append("]}").toString());
        assertThat(many.statusCode()).as(many.body()).isEqualTo(400);
        assertThat(json(many).path("detail").asText()).contains("1000");

        HttpResponse<String> unknown = get("/api/nothing-here", VIEWER);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(unknown).path("title").asText()).isEqualTo("Không tìm thấy");
        HttpResponse<String> method = call("DELETE", "/api/runs", ADMIN, null);
        assertThat(method.statusCode()).isEqualTo(405);
        assertThat(method.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(call("PUT", "/api/runs?lang=en", ADMIN, "{}")).path("title").asText()).isEqualTo("Method not allowed");
    }

    @Test
    void cookiesAreStrictAndSecureBehindATlsProxyWhichAlsoGetsHstsAndHttpsRedirects() {
        HttpResponse<String> plain = get("/login?lang=en", null);
        assertThat(plain.headers().allValues("Set-Cookie")).isNotEmpty().allMatch(c -> c.contains("SameSite=Strict"))
                .noneMatch(c -> c.contains("Secure"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpRequest.Builder proxied = HttpRequest.newBuilder(URI.create(url("/login?lang=en")))
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9").GET();
        HttpResponse<String> tls = send(proxied.build());
        assertThat(tls.headers().allValues("Set-Cookie")).isNotEmpty()
                .allMatch(c -> c.contains("Secure") && c.contains("SameSite=Strict") && c.contains("HttpOnly"));
        assertThat(tls.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");

        HttpResponse<String> redirect = send(HttpRequest.newBuilder(URI.create(url("/transfers")))
                .header("X-Forwarded-Proto", "https").GET().build());
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElse("")).doesNotStartWith("http:");
    }

    @Test
    void everyAnswerCarriesThePoliciesAndTheApiDescriptionTakesTheApisCredentials() {
        for (HttpResponse<String> r : List.of(get("/login", null), get("/api/runs", VIEWER), get("/api/runs", null))) {
            assertThat(r.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'")
                    .contains("frame-ancestors 'none'").doesNotContain("unsafe-eval");
            assertThat(r.headers().firstValue("Referrer-Policy").orElse("")).isEqualTo("same-origin");
            assertThat(r.headers().firstValue("Permissions-Policy").orElse("")).contains("camera=()");
        }
        assertThat(get("/v3/api-docs", VIEWER).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", "Bearer " + TOKEN).statusCode()).isEqualTo(200);
        HttpResponse<String> wrong = get("/v3/api-docs", "Bearer not-a-known-token");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void healthDetailsForAViewerNameNoInternalPathOrAddress() {
        HttpResponse<String> health = get("/actuator/health", VIEWER);
        assertThat(health.body()).contains("\"portal\"").contains("\"diskSpace\"")
                .doesNotContain(System.getProperty("user.dir")).doesNotContain("\"path\"")
                .doesNotContain(":" + SIMS.portal().url().getPort()).doesNotContain(":" + SIMS.source().url().getPort());
        assertThat(json(health).at("/components/portal/status").asText()).isEqualTo("UP");
    }

    @Test
    void anAgencyCodeTheProvinceDoesNotHaveIsCountedAsOther() {
        metrics.dossiers("quarantined", HOSTILE_AGENCY, 1);
        metrics.dossiers("quarantined", "000.00.12.H25-" + System.nanoTime(), 1);
        assertThat(registry.find("adapter.dossiers").counters()).extracting(c -> c.getId().getTag("agency"))
                .isNotEmpty().contains("other").noneMatch(a -> a.contains("<") || a.startsWith("000.00.12.H25-"));
    }

    private HttpRequest.Builder post(String path, String user, String body, String type) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", basic(user));
        return type == null ? b : b.header("Content-Type", type);
    }
}
