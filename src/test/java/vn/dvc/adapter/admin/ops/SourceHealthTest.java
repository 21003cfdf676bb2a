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
}
