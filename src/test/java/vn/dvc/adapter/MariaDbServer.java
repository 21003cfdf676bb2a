package vn.dvc.adapter;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

/**
 * A throwaway MariaDB server for the tests, from Debian's mariadb-server (bin/test installs it): a
 * data directory under a temporary folder, its own port on loopback, stopped and deleted at close.
 * Without the package the test fails, naming it: a skipped database test would pass for nothing.
 */
public final class MariaDbServer implements AutoCloseable {

    private final Path dir;
    private final Process process;
    private final int port;

    private MariaDbServer(Path dir, Process process, int port) {
        this.dir = dir;
        this.process = process;
        this.port = port;
    }

    public static MariaDbServer start() {
        String server = find("mariadbd", "/usr/sbin/mariadbd");
        String install = find("mariadb-install-db", "/usr/bin/mariadb-install-db");
        try {
            Path dir = Files.createTempDirectory("mariadb");
            Path data = dir.resolve("data");
            run(List.of(install, "--no-defaults", "--datadir=" + data, "--auth-root-authentication-method=normal",
                    "--user=" + System.getProperty("user.name"), "--skip-test-db"), dir.resolve("install.log"));
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            Process p = new ProcessBuilder(server, "--no-defaults", "--datadir=" + data, "--socket=" + dir.resolve("sock"),
                    "--port=" + port, "--bind-address=127.0.0.1", "--user=" + System.getProperty("user.name"), "--skip-log-bin",
                    "--innodb-buffer-pool-size=64M", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
            MariaDbServer db = new MariaDbServer(dir, p, port);
            db.awaitReady(Duration.ofSeconds(60));
            return db;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start MariaDB: " + e.getMessage(), e);
        }
    }

    /** A JDBC URL of a database on this server, as root (the tests create databases and users with it). */
    public String rootUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?user=root&password=";
    }

    public String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database;
    }

    /** Runs statements as root on the server (no database selected). */
    public void execute(String... statements) {
        try (Connection c = DriverManager.getConnection(rootUrl("")); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("mariadbd exited; see " + dir.resolve("server.log"));
            }
            try (Connection c = DriverManager.getConnection(rootUrl(""))) {
                return;
            } catch (SQLException e) {
                last = e;
                try {
                    Thread.sleep(200);   // polling a starting server: nothing to wait on but its port
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new IllegalStateException("MariaDB did not answer within " + timeout + ": " + last);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        } catch (IOException | InterruptedException e) {
            // a temporary folder left behind is no test failure
        }
    }

    private static String find(String command, String usual) {
        if (new File(usual).canExecute()) {
            return usual;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, command).canExecute()) {
                return new File(dir, command).getPath();
            }
        }
        throw new IllegalStateException(command + " not found: install Debian's mariadb-server (bin/test does)");
    }

    private static void run(List<String> command, Path log) throws IOException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (p.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
