package vn.dvc.adapter.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.ledger.Transfers;

/**
 * The audit log: {@code admin_audit} (sync runs started by hand, catalogue refreshes, failed
 * logins) read together with {@code replay_audit}, which the replay service writes itself.
 */
@Repository
public class AdminAudit {

    public static final String SYNC = "SYNC";
    public static final String CATALOGUE_REFRESH = "CATALOGUE_REFRESH";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String REPLAY = "REPLAY";

    /** One line of the log; {@code source} is ADMIN or REPLAY (the table it comes from). */
    public record Entry(String source, long id, Instant at, String actor, String action, String outcome, String detail,
                        Long runId) {}

    private static final int MAX_DETAIL = 2000;

    private final JdbcTemplate jdbc;

    public AdminAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String action, String actor, String outcome, String detail, Long runId, String remote) {
        jdbc.update("insert into admin_audit (at, actor, action, outcome, detail, run_id, remote) values (?,?,?,?,?,?,?)",
                Transfers.now(), cut(actor, 200), action, cut(outcome, 16), cut(detail, MAX_DETAIL), runId, cut(remote, 100));
    }

    /** Both logs merged, newest first. */
    public PageOf<Entry> page(int page, int size) {
        long wanted = (long) (page + 1) * size;
        List<Entry> merged = new ArrayList<>();
        merged.addAll(jdbc.query("select id, at, actor, action, outcome, detail, run_id from admin_audit"
                + " order by at desc, id desc limit ?", (rs, i) -> new Entry("ADMIN", rs.getLong("id"),
                LedgerQueries.instant(rs, "at"), rs.getString("actor"), rs.getString("action"), rs.getString("outcome"),
                rs.getString("detail"), (Long) rs.getObject("run_id", Long.class)), wanted));
        merged.addAll(jdbc.query("select id, at, actor, filter, dry_run, matched, sent, failed, rejected, skipped, run_id"
                + " from replay_audit order by at desc, id desc limit ?", (rs, i) -> {
                    boolean dry = rs.getBoolean("dry_run");
                    int failed = rs.getInt("failed") + rs.getInt("rejected");
                    String detail = rs.getString("filter") + " → matched=" + rs.getInt("matched") + " sent=" + rs.getInt("sent")
                            + " failed=" + rs.getInt("failed") + " rejected=" + rs.getInt("rejected")
                            + " skipped=" + rs.getInt("skipped");
                    return new Entry("REPLAY", rs.getLong("id"), LedgerQueries.instant(rs, "at"), rs.getString("actor"),
                            dry ? "REPLAY_DRY_RUN" : REPLAY, dry ? "DRY_RUN" : failed == 0 ? "OK" : "PARTIAL", detail,
                            (Long) rs.getObject("run_id", Long.class));
                }, wanted));
        merged.sort(Comparator.comparing(Entry::at).reversed());
        long total = jdbc.queryForObject("select count(*) from admin_audit", Long.class)
                + jdbc.queryForObject("select count(*) from replay_audit", Long.class);
        int from = Math.min(merged.size(), page * size);
        return new PageOf<>(List.copyOf(merged.subList(from, Math.min(merged.size(), from + size))), page, size, total);
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
