package vn.dvc.adapter.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/** POST /api/reconcile for an OPERATOR, the results for every role, and a bad request as a problem naming each option. */
class ReconcileApiTest extends AdminSystems {

    @Test
    void anOperatorReconcilesAndEveryRoleReadsTheResult() {
        synced();
        List<String> ids = jdbc.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so limit 4",
                String.class);
        SIMS.portal().lose(ids.subList(0, 1));
        String body = "{\"ids\":[\"" + String.join("\",\"", ids) + "\"],\"repair\":true}";

        assertThat(call("POST", "/api/reconcile", VIEWER, body).statusCode()).isEqualTo(403);
        HttpResponse<String> done = call("POST", "/api/reconcile", OPERATOR, body);

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode r = json(done);
        assertThat(r.path("checked").asInt()).isEqualTo(4);
        assertThat(r.path("missing").asInt()).isEqualTo(1);
        assertThat(r.path("repaired").asInt()).isEqualTo(1);
        assertThat(r.path("status").asText()).isEqualTo("CLEAN");
        assertThat(r.path("drift").get(0).path("maHoSo").asText()).isEqualTo(ids.get(0));
        assertThat(SIMS.portal().dossiers()).containsKey(ids.get(0));
        long run = r.path("run").asLong();
        for (String user : List.of(VIEWER, "Bearer " + TOKEN)) {
            HttpResponse<String> recent = get("/api/reconcile", user);
            assertThat(recent.statusCode()).isEqualTo(200);
            assertThat(json(recent).get(0).path("actor").asText()).isEqualTo(OPERATOR);
            HttpResponse<String> drift = get("/api/reconcile/" + run, user);
            assertThat(json(drift).get(0).path("result").asText()).isEqualTo("MISSING");
            assertThat(json(drift).get(0).path("repaired").asBoolean()).isTrue();
        }
    }

    @Test
    void aRequestWithoutAScopeIsA400ProblemNamingTheOptions() {
        HttpResponse<String> r = call("POST", "/api/reconcile", OPERATOR, "{\"sample\":0}");

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("detail").asText()).contains("--sample");
    }
}
