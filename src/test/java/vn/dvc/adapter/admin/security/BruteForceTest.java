package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

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

    @Test
    void userNamesLongerThanAnyUsersAreRefusedUnreadAndLockTheirAddress() {
        String from = "203.0.113.210";
        String name = "n".repeat(5_000);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            statuses.add(basic(name + String.format("%02d", i), "x", from).statusCode());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 22)).containsOnly(429);
        assertThat(jdbc.queryForList("select action || ' ' || actor from admin_audit where remote = ? order by id", String.class, from))
                .containsExactly("LOGIN_FAILED (5002 ký tự / characters)", "LOGIN_LOCKED (5002 ký tự / characters)");

        // the console's form (with its CSRF token, so a foreign page cannot lock an office out): a 1.5 MB name
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
        HttpResponse<String> form;
        try {
            String page = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).build(), HttpResponse.BodyHandlers.ofString())
                    .body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
            assertThat(csrf.find()).isTrue();
            form = browser.send(HttpRequest.newBuilder(URI.create(url("/login"))).header("X-Forwarded-For", "203.0.113.211")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + "n".repeat(1_500_000) + "&password=x&_csrf="
                            + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(jdbc.queryForList("select actor from admin_audit where remote = '203.0.113.211'", String.class))
                .containsExactly("(1500000 ký tự / characters)");
    }
}
