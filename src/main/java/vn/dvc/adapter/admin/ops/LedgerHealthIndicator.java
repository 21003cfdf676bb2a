package vn.dvc.adapter.admin.ops;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;

/**
 * {@code db}, in place of Spring Boot's: whether the ledger's database gives a valid connection, answered
 * within {@code adapter.admin.health.timeout} (at least 1 s). Spring Boot's indicator waited the pool's connection timeout
 * (10 s) while the database was away, and so did each indicator reading the ledger after it ({@code sync},
 * {@code cluster}): one health answer took 30 s, the readiness probe 10 s. Here the connection is asked for
 * on a probe thread ({@link BoundedProbe}); an answer is kept for the same timeout, so that the other indicators
 * of one health request ask {@link #away()} and say UNKNOWN at once.
 * No connection in time while the pool holds connections, all in use (a sync at full concurrency), is
 * UNKNOWN, not DOWN: the readiness group (db) must not take an instance out of service for being busy.
 * The details name the fault's class only: a driver's message may carry the database's address.
 */
@Component("dbHealthIndicator")
@ConditionalOnWebApplication
public class LedgerHealthIndicator implements HealthIndicator {

    /** The shortest wait for a connection, whatever the source's and the portal's checks are given. */
    static final Duration AT_LEAST = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final Duration timeout;
    private final BoundedProbe probe;

    @Autowired
    LedgerHealthIndicator(DataSource dataSource, AdminProperties admin) {
        this(dataSource, timeout(admin));
    }

    /** {@code adapter.admin.health.timeout}, at least {@link #AT_LEAST}: how long a database's probe is waited for. */
    static Duration timeout(AdminProperties admin) {
        return admin.health().timeout().compareTo(AT_LEAST) < 0 ? AT_LEAST : admin.health().timeout();
    }

    public LedgerHealthIndicator(DataSource dataSource, Duration timeout) {
        this.dataSource = dataSource;
        this.timeout = timeout;
        // the database answers the others: a sync using every connection is no outage
        this.probe = new BoundedProbe("ledger-health-probe", timeout, this::connect, () -> busy()
                ? Health.unknown().withDetail("error", "every connection of the ledger's pool in use for " + timeout).build()
                : Health.down().withDetail("error", "no connection to the ledger's database within " + timeout).build());
    }

    @Override
    public Health health() {
        return probe.health();
    }

    /** Whether the ledger's database is away (DOWN), not merely busy; at once while a recent answer said so. */
    public boolean away() {
        return Status.DOWN.equals(health().getStatus());
    }

    /**
     * The pool holds connections and some are in use (HikariCP; another pool: never said): no connection
     * in time is then a busy pool as likely as an outage, and an outage that breaks the connections
     * empties the pool. Idle connections are not counted: one handed from a run to a waiter reads idle
     * for a moment.
     */
    private boolean busy() {
        try {
            if (!dataSource.isWrapperFor(HikariDataSource.class)) {
                return false;
            }
            HikariPoolMXBean pool = dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
            return pool != null && pool.getTotalConnections() > 0 && pool.getActiveConnections() > 0;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private Health connect() {
        try (Connection c = dataSource.getConnection()) {
            int seconds = (int) Math.max(1, timeout.toSeconds());
            if (!c.isValid(seconds)) {
                return Health.down().withDetail("error", "the ledger's database gave a connection that is not valid").build();
            }
            return Health.up().withDetail("database", c.getMetaData().getDatabaseProductName())
                    .withDetail("validationQuery", "isValid()").build();
        } catch (java.sql.SQLTransientConnectionException e) {
            // the pool's own timeout: every connection in use all along, or none to be had
            return busy() ? Health.unknown().withDetail("error", "every connection of the ledger's pool in use").build()
                    : Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        } catch (Exception e) {
            return Health.down().withDetail("error", e.getClass().getSimpleName()).build();
        }
    }
}
