package vn.dvc.adapter.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The audit of replays ({@code replay_audit}): who replayed what, with which result. Read back with the
 * admin audit. A replay that sends is audited before it sends ({@link #begin}, outcome RUNNING), and its
 * line is closed with the counts ({@link #finish}) in the transaction that marks its dossiers replayed:
 * a replay whose audit line cannot be written does not run. The filter is kept whole, however many
 * dossiers it names.
 */
@Repository
public class ReplayAudits {

    public static final String RUNNING = "RUNNING";
    public static final String DRY_RUN = "DRY_RUN";

    /** One replay as audited: the filter in words, and what became of the dossiers it matched. */
    public record Entry(String actor, String filter, boolean dryRun, int matched, int sent, int failed, int rejected,
                        int skipped, Long runId) {}

    private final JdbcTemplate jdbc;

    public ReplayAudits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes a whole line at once (a dry run: DRY_RUN); returns its id. */
    public long record(Entry e) {
        return insert(e, e.dryRun() ? DRY_RUN : e.failed() + e.rejected() == 0 ? "SUCCEEDED" : "PARTIAL");
    }

    /** The line of a replay about to send, under its run: RUNNING, nothing counted yet. Returns its id. */
    public long begin(String actor, String filter, long runId) {
        return insert(new Entry(actor, filter, false, 0, 0, 0, 0, 0, runId), RUNNING);
    }

    /** Closes the line with what the replay did; throws when the line is not there, so the caller's transaction rolls back. */
    public void finish(long id, Entry counts, String outcome) {
        int updated = jdbc.update("update replay_audit set matched = ?, sent = ?, failed = ?, rejected = ?, skipped = ?,"
                        + " outcome = ? where id = ?", counts.matched(), counts.sent(), counts.failed(), counts.rejected(),
                counts.skipped(), outcome, id);
        if (updated != 1) {
            throw new IllegalStateException("replay_audit " + id + " không còn để ghi kết quả / is gone: the replay's result is not recorded");
        }
    }

    /**
     * Closes the line of a replay that stopped as FAILED, unless it is closed already (a finish whose answer was
     * lost reached the ledger after all): safe to write again once the ledger is back ({@link MissedWrites}).
     */
    public void abandon(long id, Entry counts) {
        jdbc.update("update replay_audit set matched = ?, sent = ?, failed = ?, rejected = ?, skipped = ?, outcome = 'FAILED'"
                        + " where id = ? and outcome = ?", counts.matched(), counts.sent(), counts.failed(), counts.rejected(),
                counts.skipped(), id, RUNNING);
    }

    /**
     * Closes as ABORTED the lines still RUNNING whose replay's run has ended: its process died (the run was closed
     * as abandoned), or it exited while the ledger was away with the line's end kept in memory.
     */
    public int closeAbandoned() {
        return jdbc.update("update replay_audit set outcome = 'ABORTED' where outcome = ? and run_id in"
                + " (select id from sync_run where status <> ?)", RUNNING, RunStatus.RUNNING.name());
    }

    private long insert(Entry e, String outcome) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into replay_audit (at, actor, filter, dry_run, matched, sent, failed,"
                    + " rejected, skipped, run_id, outcome) values (?,?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
            ps.setObject(1, Transfers.now());
            ps.setString(2, e.actor());
            ps.setString(3, e.filter());
            ps.setBoolean(4, e.dryRun());
            ps.setInt(5, e.matched());
            ps.setInt(6, e.sent());
            ps.setInt(7, e.failed());
            ps.setInt(8, e.rejected());
            ps.setInt(9, e.skipped());
            ps.setObject(10, e.runId());
            ps.setString(11, outcome);
            return ps;
        }, key);
        return key.getKey().longValue();
    }
}
