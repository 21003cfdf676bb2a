package vn.dvc.adapter.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.SourceSimulator;
import vn.dvc.adapter.admin.AdminSystems;

/** The portal's address answers nothing (a port nobody listens on): health turns DOWN and says why. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:admin-portal-down;DB_CLOSE_DELAY=-1",
        "adapter.portal.client-id=motcua", "adapter.portal.client-secret=s3cret", "adapter.portal.username=hoabinh",
        "adapter.portal.password=pw", "adapter.portal.madonvi=000.00.00.H25",
        "adapter.sso.issuer=https://sso.test", "adapter.sso.audience=motcua",
        "adapter.admin.users[0].username=viewer",
        "adapter.admin.users[0].password={bcrypt}$2a$04$1V6fkxE3PloYq9M51NvKAOeJ4OdrAafm5WkTWwKB8s9UkWLF3CP1y",
        "adapter.admin.users[0].role=VIEWER",
        "adapter.admin.health.cache-for=PT0S", "adapter.admin.health.timeout=PT1S"})
class PortalDownTest {

    static final SourceSimulator SOURCE = new SourceSimulator(DemoData.hoaBinh(10)).start(0);
    static final int CLOSED_PORT = freePort();

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry registry) {
        registry.add("adapter.source.url", () -> SOURCE.url().toString());
        registry.add("adapter.portal.url", () -> "http://127.0.0.1:" + CLOSED_PORT);
        registry.add("adapter.sso.jwks-url", () -> "http://127.0.0.1:" + CLOSED_PORT + "/sso/jwks");
    }

    @AfterAll
    static void stop() {
        SOURCE.close();
    }

    @LocalServerPort
    int port;

    @Test
    void healthIsDownWhenThePortalIsUnreachable() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .header("Authorization", AdminSystems.basic("viewer")).build();

        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(503);
        JsonNode health = new ObjectMapper().readTree(r.body());
        assertThat(health.path("status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/components/portal/status").asText()).isEqualTo("DOWN");
        assertThat(health.at("/components/portal/details/error").asText()).contains("ConnectException");
        assertThat(health.at("/components/source/status").asText()).isEqualTo("UP");
        assertThat(health.at("/components/db/status").asText()).isEqualTo("UP");
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
