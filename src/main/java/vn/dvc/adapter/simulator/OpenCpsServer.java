package vn.dvc.adapter.simulator;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An OpenCPS v2 database for the demo ({@code demo --source opencps}, {@code simulate --source
 * opencps}): an embedded PostgreSQL filled from the demo data ({@link OpenCpsDatabase}), with a role
 * that may only read, as a province gives the adapter. Embedded PostgreSQL is on the class path of
 * {@code mvn spring-boot:run} and of the tests; the jar carries it only when built with {@code -Pbench}.
 */
public final class OpenCpsServer implements AutoCloseable {

    public static final String READER = "adapter_reader";
    public static final String READER_PASSWORD = "chi-doc";

    private final EmbeddedPostgres postgres;
    private final OpenCpsDatabase.Filled filled;

    private OpenCpsServer(EmbeddedPostgres postgres, OpenCpsDatabase.Filled filled) {
        this.postgres = postgres;
        this.filled = filled;
    }

    /** True when embedded PostgreSQL can be started from this class path. */
    public static boolean available() {
        try {
            Class.forName("io.zonky.test.db.postgres.embedded.EmbeddedPostgres");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    public static OpenCpsServer start(DemoData data) {
        quiet();
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
        try {
            OpenCpsDatabase db = new OpenCpsDatabase(postgres.getPostgresDatabase(), ZoneOffset.UTC).create();
            OpenCpsDatabase.Filled filled = db.fill(data);
            JdbcTemplate owner = new JdbcTemplate(postgres.getPostgresDatabase());
            owner.execute("create role " + READER + " login password '" + READER_PASSWORD + "'");
            owner.execute("grant select on all tables in schema public to " + READER);
            return new OpenCpsServer(postgres, filled);
        } catch (RuntimeException e) {
            close(postgres);
            throw e;
        }
    }

    /**
     * The embedded server starts before Spring has configured logging, when every line of initdb would
     * reach the demo's terminal at INFO: only its warnings do.
     */
    private static void quiet() {
        if (org.slf4j.LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
            zonky.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public String url() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    public OpenCpsDatabase.Filled filled() {
        return filled;
    }

    /** The adapter's settings to read this database through the built-in opencps profile. */
    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("adapter.source.kind", "database");
        s.put("adapter.source.profile", "opencps");
        s.put("adapter.source.database.url", url());
        s.put("adapter.source.database.username", READER);
        s.put("adapter.source.database.password", READER_PASSWORD);
        s.put("adapter.source.database.file-url", "https://motcua.hoabinh.gov.vn/documents/{fileEntryId}");
        return s;
    }

    @Override
    public void close() {
        close(postgres);
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the server's folder is temporary; a failed stop leaves nothing the next run needs
        }
    }
}
