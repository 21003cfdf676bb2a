package vn.dvc.adapter.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import vn.dvc.adapter.SilentServer;
import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.source.database.DatabaseSource;
import vn.dvc.adapter.system.SourceSettings;

/**
 * The one-stop system's database in the health answer: one that takes the connection and never answers is DOWN
 * within the health timeout, not after the source's connect-timeout (10 s by default), and a probe still waiting is
 * joined by the next request.
 */
class SourceHealthTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Test
    void aSilentDatabaseIsDownWithinTheHealthTimeoutAndTheProbeIsNotDoubled() throws Exception {
        try (SilentServer silent = new SilentServer()) {
            var properties = TestProperties.of(new SourceSettings("database", null, 3, "opencps",
                    new SourceSettings.Database("jdbc:postgresql://" + silent.address() + "/opencps", "reader", "x", ZoneOffset.UTC,
                            Duration.ofMinutes(10), null, Duration.ofSeconds(30), Duration.ofSeconds(10)), 4, 500));
            DatabaseSource database = new DatabaseSource(properties, new ObjectMapper());
            database.afterPropertiesSet();
            SourceHealthIndicator source = new SourceHealthIndicator(properties,
                    new AdminProperties(null, null, new AdminProperties.Health(TIMEOUT, Duration.ZERO, null), null), database);
            try {
                long start = System.nanoTime();
                Health first = source.health();
                long firstMs = (System.nanoTime() - start) / 1_000_000;
                start = System.nanoTime();
                Health second = source.health();
                long secondMs = (System.nanoTime() - start) / 1_000_000;

                assertThat(first.getStatus()).isEqualTo(Status.DOWN);
                assertThat(first.getDetails().get("error").toString()).contains("within");
                assertThat(first.getDetails().toString()).doesNotContain(silent.address());
                assertThat(firstMs).as("the first answer, ms").isBetween(TIMEOUT.toMillis() - 50, TIMEOUT.toMillis() + 1_500);
                assertThat(second.getStatus()).isEqualTo(Status.DOWN);
                assertThat(secondMs).as("the next answer, ms").isLessThan(TIMEOUT.toMillis() + 1_500);
                assertThat(silent.accepted()).as("connections tried: the waiting probe is joined").isEqualTo(1);
            } finally {
                database.destroy();
            }
        }
    }

    /** One that refuses the connection is DOWN at once, saying so, without its address. */
    @Test
    void aRefusingDatabaseIsDownAtOnceSayingSo() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        var properties = TestProperties.of(new SourceSettings("database", null, 3, "opencps",
                new SourceSettings.Database("jdbc:postgresql://127.0.0.1:" + port + "/opencps", "reader", "x", ZoneOffset.UTC,
                        Duration.ofMinutes(10), null, Duration.ofSeconds(30), Duration.ofSeconds(10)), 4, 500));
        DatabaseSource database = new DatabaseSource(properties, new ObjectMapper());
        database.afterPropertiesSet();
        SourceHealthIndicator source = new SourceHealthIndicator(properties,
                new AdminProperties(null, null, new AdminProperties.Health(Duration.ofSeconds(5), Duration.ZERO, null), null), database);
        try {
            long start = System.nanoTime();
            Health health = source.health();
            long ms = (System.nanoTime() - start) / 1_000_000;

            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails().get("error").toString()).isEqualTo("no connection to the one-stop system's database");
            assertThat(health.getDetails().toString()).doesNotContain(String.valueOf(port));
            assertThat(ms).as("answered before the health timeout, ms").isLessThan(4_000);
        } finally {
            database.destroy();
        }
    }
}
