package vn.dvc.adapter.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/**
 * The ledger's database in the health answer: UP from a real database; while the database keeps a
 * connection waiting (a pool whose database is away waits its connection timeout, 10 s), DOWN within
 * the health timeout, and the indicators that read the ledger say UNKNOWN at once instead of waiting too.
 */
class LedgerHealthTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void upWithTheDatabasesName() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ledger-health");

        Health health = new LedgerHealthIndicator(h2, TIMEOUT).health();

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("database", "H2");
    }

    @Test
    void aDatabaseThatKeepsTheConnectionWaitingIsDownWithinTheTimeoutAndTheOthersDoNotWaitAgain() throws Exception {
        CountDownLatch away = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        LedgerHealthIndicator db = new LedgerHealthIndicator(waiting(away, asked), TIMEOUT);
        SyncHealthIndicator sync = new SyncHealthIndicator(null, db, new vn.dvc.adapter.admin.AdminProperties(
                null, null, new vn.dvc.adapter.admin.AdminProperties.Health(TIMEOUT, Duration.ZERO, null), null));
        try {
            long start = System.nanoTime();
            Health down = db.health();
            long firstMs = (System.nanoTime() - start) / 1_000_000;
            assertThat(down.getStatus()).isEqualTo(Status.DOWN);
            assertThat(down.getDetails().get("error").toString()).contains("within");
            assertThat(firstMs).as("the first answer, ms").isBetween(TIMEOUT.toMillis() - 50, TIMEOUT.toMillis() + 1_000);

            start = System.nanoTime();
            Health unknown = sync.health();   // the same health request's next indicator: the ledger is known away
            assertThat(unknown.getStatus()).isEqualTo(Status.UNKNOWN);
            assertThat((System.nanoTime() - start) / 1_000_000).as("the next indicator's answer, ms").isLessThan(200);
            assertThat(asked.get()).as("connections asked for: the waiting probe is joined, not doubled").isEqualTo(1);
        } finally {
            away.countDown();
        }
    }

    @Test
    void theDatabaseBackIsUpAsSoonAsTheWaitingProbeGetsItsConnection() throws Exception {
        CountDownLatch away = new CountDownLatch(1);
        AtomicInteger asked = new AtomicInteger();
        LedgerHealthIndicator db = new LedgerHealthIndicator(waiting(away, asked), TIMEOUT);

        assertThat(db.health().getStatus()).isEqualTo(Status.DOWN);
        long back = System.nanoTime();
        away.countDown();   // the database back: the pool's waiting request gets its connection

        // the probe the callers gave up on answers now, and its answer replaces the DOWN kept for the timeout
        while (db.health().getStatus() != Status.UP && System.nanoTime() - back < TIMEOUT.toNanos() * 4) {
            Thread.sleep(10);
        }
        assertThat(db.health().getStatus()).isEqualTo(Status.UP);
        assertThat((System.nanoTime() - back) / 1_000_000).as("UP after the database came back, ms").isLessThan(TIMEOUT.toMillis());
        assertThat(db.away()).isFalse();
        assertThat(asked.get()).as("the waiting probe answered: no second connection asked for").isEqualTo(1);
    }

    @Test
    void aPoolWithEveryConnectionInUseIsUnknownNotDown() throws Exception {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:ledger-health-busy;DB_CLOSE_DELAY=-1");
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(5_000);
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
            LedgerHealthIndicator db = new LedgerHealthIndicator(pool, TIMEOUT);
            try (Connection held = pool.getConnection()) {   // a run holding the only connection
                Health busy = db.health();
                assertThat(busy.getStatus()).as("%s", busy.getDetails()).isEqualTo(Status.UNKNOWN);
                assertThat(db.away()).as("busy is not away").isFalse();
            }
            Thread.sleep(TIMEOUT.toMillis() + 50);
            assertThat(db.health().getStatus()).isEqualTo(Status.UP);
        }
    }

    /** A DataSource whose getConnection waits until {@code away} opens, then gives an H2 connection. */
    private static DataSource waiting(CountDownLatch away, AtomicInteger asked) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:ledger-health-waiting");
        return new DataSource() {
            @Override
            public Connection getConnection() throws SQLException {
                asked.incrementAndGet();
                try {
                    if (!away.await(30, TimeUnit.SECONDS)) {
                        throw new SQLException("Connection is not available, request timed out after 30000ms");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException(e);
                }
                return h2.getConnection();
            }

            @Override
            public Connection getConnection(String user, String password) throws SQLException {
                return getConnection();
            }

            @Override
            public PrintWriter getLogWriter() {
                return null;
            }

            @Override
            public void setLogWriter(PrintWriter out) {
            }

            @Override
            public void setLoginTimeout(int seconds) {
            }

            @Override
            public int getLoginTimeout() {
                return 0;
            }

            @Override
            public Logger getParentLogger() {
                return Logger.getGlobal();
            }

            @Override
            public <T> T unwrap(Class<T> iface) throws SQLException {
                throw new SQLException("not a wrapper");
            }

            @Override
            public boolean isWrapperFor(Class<?> iface) {
                return false;
            }
        };
    }
}
