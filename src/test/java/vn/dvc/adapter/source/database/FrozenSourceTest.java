package vn.dvc.adapter.source.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.e2e.TcpProxy;
import vn.dvc.adapter.simulator.OpenCpsDatabase;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.SourceSettings;

/**
 * A one-stop database that hangs (a frozen server, a network that drops packets without a reset): a
 * read must end within its bound, not wait for ever. PostgreSQL's driver cancels a query past its
 * timeout through a second connection, which a hung server never answers either: only the
 * connection's network timeout ends the read.
 */
class FrozenSourceTest {

    private final EmbeddedPostgres postgres;
    private final TcpProxy proxy;
    private DatabaseSource source;

    FrozenSourceTest() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        new OpenCpsDatabase(postgres.getPostgresDatabase(), ZoneOffset.UTC).create();
        proxy = new TcpProxy("localhost", postgres.getPort());
    }

    @AfterEach
    void close() throws IOException {
        if (source != null) {
            source.destroy();
        }
        proxy.close();
        postgres.close();
    }

    @Test
    void aReadFromADatabaseThatHangsEndsWithinItsBoundAndTheNextReadWorksOnceItAnswers() {
        source = new DatabaseSource(TestProperties.of(new SourceSettings("database", null, 3, "opencps",
                new SourceSettings.Database("jdbc:postgresql://localhost:" + proxy.port() + "/postgres", "postgres", "postgres",
                        ZoneOffset.UTC, Duration.ofMinutes(10), null, Duration.ofSeconds(1), Duration.ofSeconds(10)), 4, 500)), new ObjectMapper());
        source.afterPropertiesSet();
        PageRequest first = new PageRequest(Instant.parse("2020-01-01T00:00:00Z"), null, 3);
        assertThat(source.page(first).items()).isEmpty();

        proxy.freeze();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> source.page(first))
                .as("a read of a database that hangs fails, in one line naming the one-stop system's database and the query,"
                        + " not Spring's words or the SQL")
                .isInstanceOf(SourceUnavailable.class)
                .hasMessageStartingWith("không đọc được cơ sở dữ liệu của Hệ thống một cửa / cannot read the one-stop system's database"
                        + " (jdbc:postgresql://localhost:" + proxy.port() + "/postgres, changes.sql): ")
                .hasMessageNotContainingAny("\n", "select", "SELECT"));

        proxy.restore();
        assertThat(source.page(first).items()).as("read again once the database answers").isEmpty();
    }
}
