package vn.dvc.adapter.admin;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;


/**
 * The audit log, read: {@code admin_audit} (sync runs started by hand, catalogue refreshes, failed
 * logins, upkeep jobs; written through {@code ledger/AdminAudits}) together with {@code replay_audit},
 * which replays write through {@code ledger/ReplayAudits}.
 */
@Repository
public class AdminAudit {

    /** The action of a {@code replay_audit} line as the log shows it (the others: {@code AdminAudits}' actions). */
    public static final String REPLAY = "REPLAY";
    public static final String REPLAY_DRY_RUN = "REPLAY_DRY_RUN";
    /** Characters of a replay's filter shown in a line of the log. */
    private static final int SHOWN = 300;

    /** One line of the log; {@code source} is ADMIN or REPLAY (the table it comes from). */
    public record Entry(String source, long id, Instant at, String actor, String action, String outcome, String detail,
                        Long runId) {}

    private final JdbcTemplate jdbc;

    public AdminAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Both logs merged, newest first, by the database: one page costs one page of rows whatever
     * its number (reading every row up to the page, as before, cost the whole log for a late page).
     */
    public PageOf<Entry> page(int page, int size) {
        String merged = "select 'ADMIN' as src, id, at, actor, action, outcome, detail, run_id,"
                + " cast(null as varchar(2000)) as filter, cast(null as boolean) as dry_run, cast(null as integer) as matched,"
                + " cast(null as integer) as sent, cast(null as integer) as failed, cast(null as integer) as rejected,"
                + " cast(null as integer) as skipped from admin_audit"
                + " union all select 'REPLAY', id, at, actor, cast(null as varchar(64)), outcome,"
                + " cast(null as varchar(2000)), run_id, filter, dry_run, matched, sent, failed, rejected, skipped from replay_audit";
        List<Entry> rows = jdbc.query("select * from (" + merged + ") merged order by at desc, src, id desc limit ? offset ?",
                (rs, i) -> "ADMIN".equals(rs.getString("src"))
                        ? new Entry("ADMIN", rs.getLong("id"), LedgerQueries.instant(rs, "at"), rs.getString("actor"),
                                rs.getString("action"), rs.getString("outcome"), rs.getString("detail"),
                                (Long) rs.getObject("run_id", Long.class))
                        : replay(rs), size, (long) page * size);
        long total = jdbc.queryForObject("select count(*) from admin_audit", Long.class)
                + jdbc.queryForObject("select count(*) from replay_audit", Long.class);
        return new PageOf<>(rows, page, size, total);
    }

    private static Entry replay(java.sql.ResultSet rs) throws java.sql.SQLException {
        boolean dry = rs.getBoolean("dry_run");
        int failed = rs.getInt("failed") + rs.getInt("rejected");
        String detail = shortened(rs.getString("filter")) + " → matched=" + rs.getInt("matched") + " sent=" + rs.getInt("sent")
                + " failed=" + rs.getInt("failed") + " rejected=" + rs.getInt("rejected") + " skipped=" + rs.getInt("skipped");
        return new Entry("REPLAY", rs.getLong("id"), LedgerQueries.instant(rs, "at"), rs.getString("actor"),
                dry ? REPLAY_DRY_RUN : REPLAY, rs.getString("outcome") != null ? rs.getString("outcome")
                        : dry ? "DRY_RUN" : failed == 0 ? "SUCCEEDED" : "PARTIAL", detail,
                (Long) rs.getObject("run_id", Long.class));
    }

    /** A filter naming a thousand dossiers is kept whole in the ledger; the log's line shows its start and its length. */
    private static String shortened(String filter) {
        return filter == null || filter.length() <= SHOWN ? filter
                : filter.substring(0, SHOWN) + "… (" + filter.length() + " ký tự / characters)";
    }
}
