package vn.dvc.adapter.ledger;

import java.sql.SQLException;
import java.util.Locale;

import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.TransactionSystemException;

import vn.dvc.adapter.source.database.SourceUnavailable;
import vn.dvc.adapter.system.Masking;

/**
 * A failure of the ledger's database (unreachable, a connection reset, a file that cannot be
 * written), told in one line that names the database and the cause: what a person reads on the
 * command line, in the run's message and in the log, the stack trace staying in the log's DEBUG.
 */
public final class LedgerFault {

    private LedgerFault() {
    }

    /**
     * True when the cause chain holds a database failure (Spring's data access or transaction exceptions, or JDBC's),
     * unless the one-stop system's database failed ({@link SourceUnavailable} around it): that is the source's, told
     * in its own words, and a run or reconcile that could not read it did not lose its ledger.
     */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SourceUnavailable) {
                return false;
            }
            if (t instanceof DataAccessException || t instanceof TransactionException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the cause chain says the database cannot be reached (no connection, one reset or refused, a
     * connection-class SQLState 08…, a pooled connection the pool already closed as broken): the database away, not
     * a statement it refused.
     */
    public static boolean away(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t instanceof java.sql.SQLRecoverableException || t instanceof java.net.SocketException
                    || t instanceof org.springframework.dao.DataAccessResourceFailureException
                    || t instanceof org.springframework.transaction.CannotCreateTransactionException
                    || t instanceof SQLException sql && (sql.getSQLState() != null && sql.getSQLState().startsWith("08")
                    || closedByThePool(sql))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hikari's answer to a call on a connection it closed after the database broke it: "Connection is closed", with no
     * SQL state (Quartz rolling back after a cut: LedgerOutageIT). The same words would come from the adapter's own use
     * of a connection it closed: a bug, then told as the database away (exit 3, not 1).
     */
    private static boolean closedByThePool(SQLException e) {
        StackTraceElement[] at = e.getStackTrace();
        return "Connection is closed".equals(e.getMessage()) && at.length > 0
                && at[0].getClassName().startsWith("com.zaxxer.hikari.pool.ProxyConnection");
    }

    /**
     * "PostgreSQL adapter at db:5432", "H2 /var/lib/dvcqg-adapter/data/adapter": the ledger's database
     * from its JDBC URL, without user, password or options.
     */
    public static String database(String url) {
        if (url == null || url.isBlank()) {
            return "?";
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            String rest = url.substring("jdbc:postgresql:".length()).replaceFirst("^//", "").split("\\?", 2)[0];
            int slash = rest.indexOf('/');
            return slash < 0 ? "PostgreSQL " + rest : "PostgreSQL " + rest.substring(slash + 1) + " @ " + rest.substring(0, slash);
        }
        if (lower.startsWith("jdbc:h2:")) {
            String name = url.substring("jdbc:h2:".length()).split(";", 2)[0].replaceFirst("(?i)^file:", "");
            return "H2 " + (name.startsWith("mem:") ? name : java.nio.file.Path.of(name.replaceFirst("^~",
                    System.getProperty("user.home"))).toAbsolutePath().normalize());
        }
        return url.split("[?;]", 2)[0];
    }

    /**
     * The deepest cause's message, one line, masked: what the database or the driver said. A rollback
     * that failed after the write (the connection gone) tells of the write's own failure, not of the
     * rollback's "connection is closed".
     */
    public static String cause(Throwable e) {
        Throwable root = e;
        while (true) {
            Throwable next = root instanceof TransactionSystemException tx && tx.getApplicationException() != null
                    ? tx.getApplicationException() : root.getCause();
            if (next == null || next == root) {
                break;
            }
            root = next;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (root instanceof java.net.UnknownHostException) {
            // its message is the host alone: "… không truy cập được: db.example.internal" said nothing of why
            message = UNKNOWN_HOST + message;
        }
        // H2 adds "; SQL statement:" and the statement on the next line: the statement is in the log's trace
        String line = message.strip().split("\\R", 2)[0].replaceFirst(";? ?SQL statement:$", "");
        return Masking.mask(line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }

    private static final String UNKNOWN_HOST = "unknown host ";

    /** One line, both languages: the database and what went wrong with it. */
    public static String line(String url, Throwable e) {
        String db = database(url);
        String cause = cause(e);
        String vi = cause.startsWith(UNKNOWN_HOST) ? "không tìm thấy máy chủ " + cause.substring(UNKNOWN_HOST.length()) : cause;
        return "Sổ cái (" + db + ") không truy cập được: " + vi + " / The ledger database (" + db + ") failed: " + cause;
    }
}
