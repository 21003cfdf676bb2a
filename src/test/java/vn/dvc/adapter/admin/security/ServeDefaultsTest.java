package vn.dvc.adapter.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dvc.adapter.AdapterApplication;

/**
 * {@code serve} with the configuration's own defaults (config/application.yaml), as the probe found it:
 * it listened on every interface, and believed the {@code X-Forwarded-For} of any private-network
 * peer, so a guesser stepped round the address lock by changing the header. Now it listens on
 * loopback and trusts no proxy until one is configured.
 */
class ServeDefaultsTest {

    private static ConfigurableApplicationContext serve;
    private static int port;

    @BeforeAll
    static void start() {
        // as arguments, which outrank config/application.yaml (default properties would not: its ledger is ./data)
        serve = new SpringApplicationBuilder(AdapterApplication.class).web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:serve-defaults;DB_CLOSE_DELAY=-1",
                        "--adapter.check-config=false", "--camel.main.routes-include-pattern=none",
                        "--camel.main.routes-collector-enabled=false",
                        "--adapter.admin.users[0].username=viewer",
                        "--adapter.admin.users[0].password={bcrypt}$2a$04$1V6fkxE3PloYq9M51NvKAOeJ4OdrAafm5WkTWwKB8s9UkWLF3CP1y",
                        "--adapter.admin.users[0].role=VIEWER");
        port = ((WebServerApplicationContext) serve).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        serve.close();
    }

    @Test
    void itListensOnLoopbackOnly() {
        Connector connector = ((TomcatWebServer) ((WebServerApplicationContext) serve).getWebServer()).getTomcat().getConnector();

        assertThat(String.valueOf(connector.getProperty("address"))).isEqualTo("/127.0.0.1");
    }

    @Test
    void aForwardedForHeaderFromAPeerThatIsNoConfiguredProxyIsNotBelieved() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            HttpRequest guess = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/runs"))
                    .header("X-Forwarded-For", "10.9.8." + i)
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("nobody-" + i + ":x")
                            .getBytes(StandardCharsets.UTF_8))).GET().build();
            statuses.add(http.send(guess, HttpResponse.BodyHandlers.discarding()).statusCode());
        }

        assertThat(statuses.subList(0, 20)).containsOnly(401);
        assertThat(statuses.subList(20, 22)).as("the peer's own address is locked, whatever the header says").containsOnly(429);
    }
}
