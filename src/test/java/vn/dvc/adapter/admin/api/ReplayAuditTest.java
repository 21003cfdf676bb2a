package vn.dvc.adapter.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/**
 * The security probe's replay of one real dossier and made-up ones: it used to answer 500 after the
 * dossier was sent, with no audit line (the filter did not fit its column). Every replay the API
 * accepts is audited with its whole filter; an id no dossier can have is refused before anything runs.
 */
class ReplayAuditTest extends AdminSystems {

    private static List<String> madeUp(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(String.format("000.00.99.H25-PROBE-%04d", i));
        }
        return ids;
    }

    private static String body(List<String> ids, boolean dryRun) {
        return "{\"ids\":[\"" + String.join("\",\"", ids) + "\"],\"dryRun\":" + dryRun + "}";
    }

    @Test
    void aReplayOfOneRealAndNineHundredNinetyNineMadeUpIdsSendsAndIsAuditedWithItsWholeFilter() {
        String id = failedTransfer();
        List<String> ids = new ArrayList<>(List.of(id));
        ids.addAll(madeUp(999));

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR, body(ids, false));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(state(id)).isEqualTo("SENT");
        Map<String, Object> audit = jdbc.queryForMap("select actor, filter, outcome, matched, sent, skipped, run_id from replay_audit"
                + " where id = ?", json(r).path("auditId").asLong());
        assertThat(audit.get("actor")).isEqualTo(OPERATOR);
        assertThat((String) audit.get("filter")).hasSizeGreaterThan(2000).startsWith("id=" + id + ",")
                .endsWith(ids.get(999));
        assertThat(audit.get("outcome")).isEqualTo("SUCCEEDED");
        assertThat(((Number) audit.get("sent")).intValue()).isEqualTo(1);
        assertThat(((Number) audit.get("skipped")).intValue()).isEqualTo(999);
        assertThat(((Number) audit.get("run_id")).longValue()).isEqualTo(json(r).path("run").asLong());
        String line = json(get("/api/audit?size=5", ADMIN)).path("items").get(0).path("detail").asText();
        assertThat(line).as("the log's line shows its start and length").contains("id=" + id).contains("ký tự / characters");
    }

    @Test
    void aDryRunOfAThousandIdsIsAuditedWhole() {
        List<String> ids = madeUp(1000);

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR, body(ids, true));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select filter from replay_audit where id = ?", String.class, json(r).path("auditId").asLong()))
                .isEqualTo("id=" + String.join(",", ids));
    }

    @Test
    void anIdLongerThanAnyMaHoSoIsRefusedAsAProblemAndNothingRuns() {
        long before = jdbc.queryForObject("select count(*) from replay_audit", Long.class);
        String huge = "X".repeat(2 * 1024 * 1024);

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR, body(List.of(huge), true));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("detail").asText()).contains("100").contains(String.valueOf(huge.length()));
        assertThat(jdbc.queryForObject("select count(*) from replay_audit", Long.class)).isEqualTo(before);
    }

    /** The operator-path review's replay: "dryrun" for "dryRun" was ignored, and a real replay ran. */
    @Test
    void aFieldTheApiDoesNotKnowIsRefusedByNameAndNothingRuns() {
        String id = failedTransfer();
        long audits = jdbc.queryForObject("select count(*) from replay_audit", Long.class);
        long runs = jdbc.queryForObject("select count(*) from sync_run", Long.class);

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR, "{\"ids\":[\"" + id + "\"],\"dryrun\":true}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("detail").asText()).contains("\"dryrun\"").contains("dryRun").contains("failed");
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from replay_audit", Long.class)).isEqualTo(audits);
        assertThat(jdbc.queryForObject("select count(*) from sync_run", Long.class)).isEqualTo(runs);
    }

    /** The security probe: {"dryRun":true,"dryRun":false} took the last and replayed for real. A field given twice is refused. */
    @Test
    void aFieldGivenTwiceIsRefusedByNameAndNothingRuns() {
        String id = failedTransfer();
        long runs = jdbc.queryForObject("select count(*) from sync_run", Long.class);

        HttpResponse<String> r = call("POST", "/api/transfers/replay", OPERATOR,
                "{\"ids\":[\"" + id + "\"],\"dryRun\":true,\"dryRun\":false}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(json(r).path("detail").asText()).contains("\"dryRun\"");
        assertThat(state(id)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select count(*) from sync_run", Long.class)).isEqualTo(runs);
    }

    /** The security probe: POST /api/sync with {"bogus":1} started a sync. An endpoint that reads no body refuses one. */
    @Test
    void aBodySentWhereNoneIsReadIsRefusedAndNothingRuns() {
        long runs = jdbc.queryForObject("select count(*) from sync_run", Long.class);

        HttpResponse<String> r = call("POST", "/api/sync", OPERATOR, "{\"bogus\":1}");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(r).path("detail").asText()).contains("không nhận nội dung");
        assertThat(jdbc.queryForObject("select count(*) from sync_run", Long.class)).isEqualTo(runs);
    }

    /** The security probe: a 404 quoted the id asked for in clear ("dossier 0912345678"), in its detail and its instance. */
    @Test
    void aDossierNotFoundIsAProblemWhoseDetailIsMasked() {
        HttpResponse<String> r = call("GET", "/api/transfers/0912345678", VIEWER, null);

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).doesNotContain("0912345678");
        assertThat(json(r).path("detail").asText()).contains("09******78");
        assertThat(json(r).path("instance").asText()).isEqualTo("/api/transfers/09******78");
        HttpResponse<String> unknown = call("GET", "/api/transfers/0912345678/nothing-here", VIEWER, null);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).doesNotContain("0912345678");
        // percent-encoded, the number is masked as written; a path the masking hides whole is still a URI
        HttpResponse<String> spaced = call("GET", "/api/transfers/0912%20345%20678", VIEWER, null);
        assertThat(spaced.statusCode()).isEqualTo(404);
        assertThat(spaced.body()).doesNotContain("0912").doesNotContain("345%20678");
        assertThat(json(spaced).path("instance").asText()).isEqualTo("/api/transfers/09**%20***%20*78");
        HttpResponse<String> encoded = call("GET", "/api/transfers/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789AbCdEf", VIEWER, null);
        assertThat(encoded.statusCode()).isEqualTo(404);
        assertThat(json(encoded).path("detail").asText()).startsWith("dossier [");
        assertThat(json(encoded).path("instance").asText()).startsWith("/api/transfers/%5B");
    }
}
