package vn.dvc.adapter.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import vn.dvc.adapter.ledger.LedgerFault;

/**
 * Whether the ledger is as new as this jar. The ledger-only commands ({@link LedgerOnly}) start without Flyway
 * at all, and {@link Boot} starts them again with it only when the ledger is behind: Flyway scans its
 * migrations and validates every applied one before it finds nothing to do, and creating it alone (its plugins,
 * Jackson for its configuration: ~700 classes) cost {@code status} another 0.13 s (docs/benchmarks.md). A ledger
 * whose history holds this jar's latest version, applied, is current; any other (new, older, no history) is
 * migrated as before. The commands that write dossiers ({@code sync}, {@code serve}, …) keep Flyway's full
 * check at every start.
 */
final class LedgerSchema {

    /** The highest migration version this jar has ({@code db/migration}, {@code db/vendor/*}); LedgerSchemaTest holds it to the files. */
    static final String LATEST = "17";

    private LedgerSchema() {
    }

    /**
     * The first bean of a ledger-only context started without Flyway, before any that reads the ledger (the key's
     * check is eager): a ledger behind this jar ends that start with {@link Behind}, and {@link Boot} starts the
     * command again with Flyway. The ledger's pool is the context's own, as every bean post-processor left it.
     */
    static void checkFirst(ConfigurableApplicationContext ctx) {
        ((GenericApplicationContext) ctx).registerBean("ledgerSchemaCurrent", Current.class, () -> {
            if (!current(ctx.getBean("dataSource", DataSource.class))) {
                throw new Behind();
            }
            return new Current();
        }, definition -> definition.setLazyInit(false));
    }

    /** The bean {@link #checkFirst} leaves: the ledger was as new as this jar when the command started. */
    record Current() {
    }

    /** {@link #checkFirst} found the ledger behind this jar (somewhere in a failed start's causes). */
    static boolean behind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Behind) {
                return true;
            }
        }
        return false;
    }

    /** The ledger is behind this jar: migrate it first. */
    static final class Behind extends RuntimeException {
        Behind() {
            super("the ledger is behind this jar's migrations", null, false, false);
        }
    }

    /**
     * The ledger's history holds {@link #LATEST}, applied. A connection refused (the database away, a wrong
     * password, the file held by {@code serve}) is told as it is, not taken for a ledger to migrate: a second
     * start would only meet it again.
     */
    static boolean current(DataSource ledger) {
        Connection c;
        try {
            c = ledger.getConnection();
        } catch (SQLException e) {
            throw unreachable(e);
        }
        try (c; PreparedStatement ps = c.prepareStatement("select count(*) from \"flyway_schema_history\" where \"version\" = ?"
                + " and \"success\"")) {
            ps.setString(1, LATEST);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            if (LedgerFault.away(e)) {
                // the database went away: told now, not after Flyway waits for a connection all over again
                throw unreachable(e);
            }
            return false;   // no history yet (a new ledger), or one Flyway must look at itself
        }
    }

    private static CannotGetJdbcConnectionException unreachable(SQLException e) {
        return new CannotGetJdbcConnectionException("no connection to the ledger's database", e);
    }
}
