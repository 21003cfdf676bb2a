package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/** A lost ledger told in one line: which database (never its credentials) and what it said. */
class LedgerFaultTest {

    @Test
    void theDatabaseIsNamedWithoutUserPasswordOrOptions() {
        assertThat(LedgerFault.database("jdbc:postgresql://db.tinh.gov.vn:5432/adapter?user=a&password=secret"))
                .isEqualTo("PostgreSQL adapter @ db.tinh.gov.vn:5432");
        assertThat(LedgerFault.database("jdbc:h2:file:/var/lib/dvcqg-adapter/data/adapter;DB_CLOSE_ON_EXIT=FALSE;PASSWORD=x"))
                .isEqualTo("H2 /var/lib/dvcqg-adapter/data/adapter");
        assertThat(LedgerFault.database("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1")).isEqualTo("H2 mem:test");
    }

    @Test
    void theCauseIsWhatTheDriverSaidAndARollbackAfterAFailedWriteTellsOfTheWrite() {
        var refused = new DataAccessResourceFailureException("Failed to obtain JDBC Connection",
                new SQLException("The connection attempt failed.", new ConnectException("Connection refused")));
        assertThat(LedgerFault.is(refused)).isTrue();
        assertThat(LedgerFault.is(new IllegalStateException("no database here"))).isFalse();
        assertThat(LedgerFault.is(new vn.dvc.adapter.source.database.SourceUnavailable("the one-stop system's database", refused)))
                .as("the one-stop system's database failing is the source's, not the ledger's").isFalse();
        assertThat(LedgerFault.line("jdbc:postgresql://127.0.0.1:5433/adapter", refused))
                .isEqualTo("Sổ cái (PostgreSQL adapter @ 127.0.0.1:5433) không truy cập được: Connection refused"
                        + " / The ledger database (PostgreSQL adapter @ 127.0.0.1:5433) failed: Connection refused");

        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("An I/O error occurred", new java.net.SocketException("Connection reset")));
        assertThat(LedgerFault.cause(rollback)).isEqualTo("Connection reset");
    }

    /** A connection the pool closed as broken says only "Connection is closed": the database away, not a refused statement. */
    @Test
    void aCallOnAConnectionThePoolClosedIsTheDatabaseAway() throws Exception {
        com.zaxxer.hikari.HikariConfig config = new com.zaxxer.hikari.HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:closed-" + System.nanoTime());
        try (com.zaxxer.hikari.HikariDataSource pool = new com.zaxxer.hikari.HikariDataSource(config)) {
            java.sql.Connection connection = pool.getConnection();
            connection.setAutoCommit(false);
            connection.close();
            SQLException closed = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class, connection::rollback);

            assertThat(closed.getMessage()).isEqualTo("Connection is closed");
            assertThat(LedgerFault.away(new RuntimeException("Couldn't rollback", closed))).isTrue();
        }
        assertThat(LedgerFault.away(new SQLException("Connection is closed"))).as("the same words from elsewhere").isFalse();
        assertThat(LedgerFault.away(new SQLException("Unique index or primary key violation", "23505"))).isFalse();
    }

    /** A host that does not resolve is named as such: the driver's message is the host alone. */
    @org.junit.jupiter.api.Test
    void anUnknownHostIsSaidToBeOne() {
        RuntimeException e = new RuntimeException("Connection attempt failed", new java.net.UnknownHostException("db.example.internal"));
        org.assertj.core.api.Assertions.assertThat(LedgerFault.line("jdbc:postgresql://db.example.internal:5432/adapter", e))
                .contains("không truy cập được: không tìm thấy máy chủ db.example.internal /")
                .endsWith("failed: unknown host db.example.internal");
    }
}
