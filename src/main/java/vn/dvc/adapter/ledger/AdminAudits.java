package vn.dvc.adapter.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The audit log's writes ({@code admin_audit}): what administrators did besides replays (those are
 * {@link ReplayAudits}) and what the ledger's upkeep jobs did. Read back, with the replays, by
 * {@code admin/AdminAudit}.
 */
@Repository
public class AdminAudits {

    /** A sync run started by hand. */
    public static final String SYNC = "SYNC";
    public static final String CATALOGUE_REFRESH = "CATALOGUE_REFRESH";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    /** A user name or a client address locked after failed logins in a row (once per streak). */
    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
    /** The upkeep jobs ({@link Maintenance}). */
    public static final String KEYS_ROTATE = "KEYS_ROTATE";
    public static final String RETENTION = "RETENTION";
    public static final String BACKUP = "BACKUP";

    /** The columns' sizes (V2): a longer value is cut rather than refused, so the action is audited whatever it says. */
    private static final int MAX_ACTOR = 200;
    private static final int MAX_OUTCOME = 16;
    private static final int MAX_DETAIL = 2000;
    private static final int MAX_REMOTE = 100;

    private final JdbcTemplate jdbc;

    public AdminAudits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One line of the log (the console's Nhật ký page).
     *
     * @param runId  the run it started, or null
     * @param remote the client's address as the server saw it, or null (a job of this process)
     */
    public void record(String action, String actor, String outcome, String detail, Long runId, String remote) {
        jdbc.update("insert into admin_audit (at, actor, action, outcome, detail, run_id, remote) values (?,?,?,?,?,?,?)",
                Transfers.now(), Transfers.cut(actor, MAX_ACTOR), action, Transfers.cut(outcome, MAX_OUTCOME),
                Transfers.cut(detail, MAX_DETAIL), runId, Transfers.cut(remote, MAX_REMOTE));
    }
}
