package vn.dvc.adapter.source.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import vn.dvc.adapter.system.DirectDriver;
import vn.dvc.adapter.system.SourceSettings;

/**
 * The one-stop system's database as a profile reads it: a small pool of read-only connections, the
 * profile, the database product (which picks a query's own text where a product needs one), and the
 * zone and overlap in force (the settings', else the profile's). Every value a query takes is a bound
 * parameter; the SQL itself comes only from the profile's files.
 */
final class SourceDatabase implements AutoCloseable {

    final Profile profile;
    final String product;
    final ZoneId zone;
    final Duration overlap;
    final String fileUrl;
    final Rows rows;
    private final HikariDataSource pool;
    private final String url;
    private final int networkTimeoutMillis;
    private final NamedParameterJdbcTemplate jdbc;

    private SourceDatabase(Profile profile, HikariDataSource pool, String product, SourceSettings.Database settings) {
        this.profile = profile;
        this.pool = pool;
        this.url = redacted(settings.url());
        this.product = product;
        this.zone = settings.timeZone() != null ? settings.timeZone() : profile.timeZone();
        this.overlap = settings.overlap() != null ? settings.overlap() : profile.overlap();
        this.fileUrl = settings.fileUrl() == null || settings.fileUrl().isBlank() ? null : settings.fileUrl();
        this.rows = new Rows(zone);
        // PostgreSQL's driver (and others) cancel a query past its timeout through a second connection,
        // which a hung server or a network dropping packets never answers: without a bound on each socket
        // read, a run waited as long as the server hung (7 minutes in a trial, then went on). Twice the
        // query's time, so a slow query still ends with its own timeout first.
        this.networkTimeoutMillis = (int) Math.min(Integer.MAX_VALUE, settings.queryTimeout().multipliedBy(2).toMillis());
        this.jdbc = new NamedParameterJdbcTemplate(new org.springframework.jdbc.datasource.DelegatingDataSource(pool) {
            @Override
            public Connection getConnection() throws SQLException {
                return connection();
            }
        });
        this.jdbc.getJdbcTemplate().setQueryTimeout((int) Math.max(1, settings.queryTimeout().toSeconds()));
    }

    /** Loads the profile and connects once, so a wrong URL, account or profile is named before anything is read. */
    static SourceDatabase open(Profile profile, SourceSettings.Database db) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("one-stop-db");
        config.setJdbcUrl(db.url());
        config.setUsername(db.username());
        config.setPassword(db.password());
        config.setReadOnly(true);
        config.setMaximumPoolSize(2);
        // the first login stays in the pool for the caller (with 0 the pool's start closes it and logs in again);
        // no idle connection is kept after it (below)
        config.setMinimumIdle(1);
        config.setConnectionTimeout(db.connectTimeout().toMillis());
        // one login as the pool starts, bounded by the driver's own timeouts (below): a refused connection, an
        // unknown host or a wrong password is told at once, not after the pool retried it in the background for
        // the whole connect-timeout (13.8 s for a closed port)
        config.setInitializationFailTimeout(1);
        loginTimeout(config, db.connectTimeout().minusSeconds(1));
        DirectDriver.use(config);
        HikariDataSource pool = null;
        try {
            pool = started(config, db.connectTimeout());
            try (Connection c = pool.getConnection()) {
                pool.getHikariConfigMXBean().setMinimumIdle(0);
                return new SourceDatabase(profile, pool, product(c.getMetaData().getDatabaseProductName()), db);
            }
        } catch (SQLException | RuntimeException e) {
            if (pool != null) {
                // the pool's close waits for a login still running (a silent server): not this command's answer
                Thread closing = new Thread(pool::close, "one-stop-db-close");
                closing.setDaemon(true);
                closing.start();
            }
            throw new SourceUnavailable("không kết nối được cơ sở dữ liệu của Hệ thống một cửa / cannot connect to the one-stop"
                    + " system's database (" + redacted(db.url()) + "): " + reason(e), e);
        }
    }

    /**
     * The pool, started (its first login made) on a thread of its own, waited for at most {@code connectTimeout} and
     * two seconds: the drivers' own timeouts end a login first, with their reason, but not one a URL set to 0 (no
     * limit) or a host name whose lookup hangs. A pool that starts after the wait is closed.
     */
    private static HikariDataSource started(HikariConfig config, Duration connectTimeout) throws SQLException {
        CompletableFuture<HikariDataSource> started = new CompletableFuture<>();
        Thread opening = new Thread(() -> {
            try {
                started.complete(new HikariDataSource(config));
            } catch (RuntimeException | Error e) {
                started.completeExceptionally(e);
            }
        }, "one-stop-db-open");
        opening.setDaemon(true);
        opening.start();
        try {
            return started.get(connectTimeout.plusSeconds(2).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            started.thenAccept(HikariDataSource::close);
            throw new SQLTimeoutException("no answer within " + connectTimeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            started.thenAccept(HikariDataSource::close);
            throw new SQLException("interrupted while connecting", e);
        }
    }

    /**
     * The login of each shipped driver bounded in its own words, a second within {@code connect-timeout}, unless the URL
     * sets it: a server that takes the connection and never answers then fails with the driver's reason ("Connection
     * attempt timed out") rather than the pool's bare wait. Each driver's reads are bounded too: a driver that gives up a
     * login leaves its own thread reading (pgjdbc), and SQL Server's prelogin read waited for ever; without it a silent
     * server kept a thread and a socket for every try. Each read after the login gets the network timeout anyway
     * ({@link #connection()}).
     */
    private static void loginTimeout(HikariConfig config, Duration within) {
        String url = config.getJdbcUrl();
        Duration timeout = within.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : within;
        String seconds = String.valueOf(timeout.toSeconds());
        String millis = String.valueOf(timeout.toMillis());
        Map<String, String> properties = url.startsWith("jdbc:postgresql:") ? Map.of("loginTimeout", seconds, "socketTimeout", seconds)
                : url.startsWith("jdbc:sqlserver:") ? Map.of("loginTimeout", seconds, "socketTimeout", millis)
                : url.startsWith("jdbc:mariadb:") ? Map.of("connectTimeout", millis, "socketTimeout", millis)
                : url.startsWith("jdbc:mysql:") ? Map.of("connectTimeout", millis, "socketTimeout", millis)
                : url.startsWith("jdbc:oracle:") ? Map.of("oracle.net.CONNECT_TIMEOUT", millis, "oracle.jdbc.ReadTimeout", millis)
                : Map.of();
        properties.forEach((property, value) -> {
            if (!url.toLowerCase(Locale.ROOT).contains(property.toLowerCase(Locale.ROOT) + "=")) {
                config.addDataSourceProperty(property, value);
            }
        });
    }

    /** The product's short name: postgresql, mysql, mariadb, sqlserver, oracle, h2. */
    static String product(String productName) {
        String n = productName.toLowerCase(Locale.ROOT);
        if (n.contains("postgres")) {
            return "postgresql";
        }
        if (n.contains("mariadb")) {
            return "mariadb";
        }
        if (n.contains("microsoft")) {
            return "sqlserver";
        }
        return n.contains("mysql") ? "mysql" : n.contains("oracle") ? "oracle" : n.contains("h2") ? "h2" : n;
    }

    /** A JDBC URL without what may follow a '?' or ';' (passwords are sometimes written there). */
    static String redacted(String url) {
        int cut = url.length();
        for (char c : new char[] {'?', ';'}) {
            int at = url.indexOf(c);
            cut = at >= 0 ? Math.min(cut, at) : cut;
        }
        return url.substring(0, cut);
    }

    /** Where a run's first page starts: the overlap before the checkpoint (a millisecond more: ties are read again, not lost). */
    Position start(Instant since) {
        LocalDateTime from = LocalDateTime.ofInstant(since.minus(overlap).minusMillis(1), zone);
        return new Position(from, profile.textKey() ? "" : (Object) Long.MIN_VALUE);
    }

    List<ObjectNode> query(String queryName, Map<String, ?> params) {
        return query(queryName, params, (rs, i) -> rows.row(rs));
    }

    /**
     * A profile's query. A failure of the database (gone, hung past the timeout, a query it refuses) is told as the
     * one-stop system's, naming its database, the query and the driver's reason in one line: Spring's own words
     * ("Failed to obtain JDBC Connection", or the whole SQL text) named neither, and the run's end and Camel's
     * redelivery warnings gave them as they were.
     */
    <T> List<T> query(String queryName, Map<String, ?> params, org.springframework.jdbc.core.RowMapper<T> mapper) {
        try {
            return jdbc.query(profile.query(queryName).text(product), params, mapper);
        } catch (DataAccessException e) {
            throw new SourceUnavailable("không đọc được cơ sở dữ liệu của Hệ thống một cửa / cannot read the one-stop system's database ("
                    + url + ", " + queryName + ".sql): " + reason(e), e);
        }
    }

    /** The driver's reason, under the pool's and Spring's wrappers ("connection is not available" hides it). */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage()).strip().replaceAll("\\s*\\R\\s*", " ");   // PostgreSQL's "\n  Position: 8": one line
    }

    /** A pooled connection whose every read ends after the network timeout (the pool restores it on return). */
    Connection connection() throws SQLException {
        Connection c = pool.getConnection();
        try {
            c.setNetworkTimeout(Runnable::run, networkTimeoutMillis);
        } catch (java.sql.SQLFeatureNotSupportedException e) {
            // a driver without it (none of the five shipped): its reads are bounded by the query timeout alone
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    @Override
    public void close() {
        pool.close();
    }
}
