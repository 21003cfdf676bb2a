package vn.dvc.adapter.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/**
 * What the security probe sent that did not come back as a problem detail: a query that is not UTF-8
 * (a 409 quoting Tomcat), paths with bad percent-encoding or an encoded NUL (Tomcat's HTML page), and
 * {@code GET /error} (a 500 "999 None"). Sent as raw request lines: an HTTP client would refuse to.
 */
class ApiProblemsTest extends AdminSystems {

    /** The answer's status line, Content-Type and body. */
    private record Raw(int status, String contentType, String body) {}

    private Raw raw(String target, String accept) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: " + basic(VIEWER)
                    + "\r\n" + (accept == null ? "" : "Accept: " + accept + "\r\n") + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            String headers = answer.substring(0, headersEnd);
            String type = headers.lines().filter(l -> l.regionMatches(true, 0, "Content-Type:", 0, 13)).findFirst()
                    .map(l -> l.substring(13).trim()).orElse("");
            String body = answer.substring(headersEnd + 4);
            if (headers.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                body = body.substring(body.indexOf("\r\n") + 2, body.lastIndexOf("\r\n0\r\n"));
            }
            return new Raw(Integer.parseInt(headers.substring(9, 12)), type, body);
        }
    }

    @Test
    void everyApiRequestTomcatCannotReadIsA400ProblemDetail() throws IOException {
        for (String target : new String[] {"/api/transfers?q=%C0%AF", "/api/transfers/a%ZZ", "/api/%00", "/api/transfers/a%2Fb",
                "/api/transfers/%C0%AF", "/api/transfers?lang=en&q=%FF"}) {
            Raw r = raw(target, null);

            assertThat(r.status()).as(target).isEqualTo(400);
            assertThat(r.contentType()).as(target).startsWith("application/problem+json");
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("status").asInt()).isEqualTo(400);
            assertThat(problem.path("title").asText()).isEqualTo(target.contains("lang=en") ? "Bad request" : "Yêu cầu không hợp lệ");
            assertThat(problem.path("detail").asText()).as(target).contains("%XX").doesNotContain("Tomcat")
                    .doesNotContain("Character decoding");
        }
    }

    @Test
    void outsideTheApiTomcatsShortPageStaysAndErrorIsNoPage() throws IOException {
        Raw nul = raw("/%00", "text/html");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.contentType()).startsWith("text/html");
        assertThat(nul.body()).doesNotContain("Tomcat/");

        Raw error = raw("/error", null);
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(JSON.readTree(error.body()).path("detail").asText()).contains("/error");
        assertThat(raw("/error", "text/html").status()).as("a browser gets the console's page").isEqualTo(404);
    }
}
