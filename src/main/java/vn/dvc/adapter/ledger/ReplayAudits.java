package vn.dvc.adapter.ledger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The audit of replays ({@code replay_audit}): who replayed what, with which result. Read back with the admin audit. */
@Repository
public class ReplayAudits {

    /** One replay as audited: the filter in words, and what became of the dossiers it matched. */
    public record Entry(String actor, String filter, boolean dryRun, int matched, int sent, int failed, int rejected,
                        int skipped, Long runId) {}

    private final JdbcTemplate jdbc;

    public ReplayAudits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the entry; returns its id. */
    public long record(Entry e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into replay_audit (at, actor, filter, dry_run, matched, sent, failed,"
                    + " rejected, skipped, run_id) values (?,?,?,?,?,?,?,?,?,?)", new String[] {"id"});
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
            return ps;
        }, key);
        return key.getKey().longValue();
    }
}
