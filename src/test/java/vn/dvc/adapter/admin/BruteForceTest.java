package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Password guessing: the user name {@code target} and client addresses of the documentation range
 * (203.0.113.0/24, passed as X-Forwarded-For through the trusted loopback proxy), so that the locks
 * this test earns lock no other test's user or address.
 */
class BruteForceTest extends AdminSystems {

    private HttpResponse<String> basic(String user, String password, String from) {
        return send(HttpRequest.newBuilder(URI.create(url("/api/runs"))).header("X-Forwarded-For", from)
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8))).GET().build());
    }

    @Test
    void fiftyWrongPasswordsLockTheUserAnswer429WithRetryAfterAndAreAuditedOnce() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            // from many addresses: the user's own lock must hold whatever address the guesses come from
            HttpResponse<String> r = basic("target", "guess-" + i, "203.0.113." + (10 + i));
            statuses.add(r.statusCode());
            if (r.statusCode() == 429) {
                assertThat(Long.parseLong(r.headers().firstValue("Retry-After").orElse("0"))).isBetween(1L, 60L);
                assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
                assertThat(json(r).path("title").asText()).isEqualTo("Quá nhiều yêu cầu");
            }
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 50)).containsOnly(429);

        HttpResponse<String> right = basic("target", "target-pw", "203.0.113.99");
        assertThat(right.statusCode()).as("the right password during the lock").isEqualTo(429);
        assertThat(basic(VIEWER, VIEWER + "-pw", "203.0.113.99").statusCode()).as("another user").isEqualTo(200);

        assertThat(jdbc.queryForList("select action from admin_audit where actor = 'target' order by id", String.class))
                .containsExactly("LOGIN_FAILED", "LOGIN_LOCKED");
    }

    @Test
    void oneAddressTryingManyNamesIsLockedToo() {
        String from = "203.0.113.200";
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(basic("nobody-" + i, "x", from).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
        assertThat(basic(OPERATOR, OPERATOR + "-pw", from).statusCode()).as("a real user from that address").isEqualTo(429);
        assertThat(basic(OPERATOR, OPERATOR + "-pw", "203.0.113.201").statusCode()).isEqualTo(200);
    }
}
