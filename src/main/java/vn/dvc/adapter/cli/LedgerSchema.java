package vn.dvc.adapter.cli;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import vn.dvc.adapter.ledger.LedgerFault;

/**
 * The ledger-only commands ({@link LedgerOnly}) migrate the ledger only when it is behind this jar. Flyway
 * scans its migrations and validates every applied one against them before it finds nothing to do: 0.38 s of
 * a 2.2 s {@code status} (docs/benchmarks.md, "Start times"). A ledger whose history holds this jar's latest
 * version, applied, is current; any other (new, older, no history) is migrated as before. The commands
 * that write dossiers ({@code sync}, {@code serve}, …) keep Flyway's full check at every start.
 *
 * <p>Imported by {@link LedgerOnly}, deliberately not a {@code @Configuration}: the application's component
 * scan must not give it to the other commands.
 */
final class LedgerSchema {

    /** The highest migration version this jar has ({@code db/migration}, {@code db/vendor/*}); LedgerSchemaTest holds it to the files. */
    static final String LATEST = "16";

    @Bean
    FlywayMigrationStrategy migrateUnlessCurrent() {
        return flyway -> {
            if (!current(flyway.getConfiguration().getDataSource())) {
                flyway.migrate();
            }
        };
    }

    /** The ledger's history holds {@link #LATEST}, applied. */
    static boolean current(DataSource ledger) {
        try (Connection c = ledger.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from \"flyway_schema_history\" where \"version\" = ?"
                     + " and \"success\"")) {
            ps.setString(1, LATEST);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        } catch (SQLException e) {
            if (LedgerFault.away(e)) {
                // the database cannot be reached: told now, not after Flyway waits for a connection all over again
                throw new CannotGetJdbcConnectionException("no connection to the ledger's database", e);
            }
            return false;   // no history yet (a new ledger), or one Flyway must look at itself
        }
    }
}
