package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Who may do what on the JSON API: anonymous, each role, a bearer token; problem details; masking. */
class SecurityMatrixTest extends AdminSystems {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
        String id = jdbc.queryForObject("select min(ma_ho_so) from transfer where state = 'SENT'"
                + " and payload like '%\"Email\":\"%' and payload like '%\"SoDienThoai\":\"%'", String.class);
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
}
