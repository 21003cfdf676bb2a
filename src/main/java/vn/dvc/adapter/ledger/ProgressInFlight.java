package vn.dvc.adapter.ledger;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Progress entries at the portal whose answer is not committed yet ({@code progress_in_flight}, V14).
 * The portal has no key to tell an entry sent twice from two entries, so a {@code CapNhatTienDoHoSoMC}
 * whose answer a run lost may leave its entries twice once they are sent again. Each call's entries are
 * committed here before the call and deleted with its outcome; what a run left here when it died
 * (killed, or its ledger lost mid-run) is <em>in doubt</em>: sent again, and maybe doubled at the portal.
 */
@Repository
public class ProgressInFlight {

    /** The dossiers and progress entries that may be doubled at the portal. */
    public record InDoubt(long dossiers, long entries) {}

    /** A dossier's entries about to be sent: their places in its progress, oldest first. */
    public record Entries(String maHoSo, List<Integer> places) {}

    /**
     * Rows of runs that ended (any way) while the rows were still there, or whose process is gone though
     * the next run has not closed them yet ({@link Runs#rows}): those runs died in the call. A run that
     * starts meanwhile is RUNNING and not among the gone: its rows stay in flight.
     */
    private static final String IN_DOUBT = " from progress_in_flight f where (not exists (select 1 from sync_run r"
            + " where r.id = f.run_id and r.status = '" + RunStatus.RUNNING.name() + "') or f.run_id in (:gone))";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    public ProgressInFlight(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Before the call: these entries are in flight in this run. */
    public void sending(long runId, List<Entries> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var now = Transfers.now();
        jdbc.batchUpdate("insert into progress_in_flight (run_id, ma_ho_so, entries, entry_count, sent_at) values (?,?,?,?,?)",
                entries.stream().map(e -> new Object[] {runId, e.maHoSo(), e.places().stream().map(String::valueOf).collect(Collectors.joining(",")),
                        e.places().size(), now}).toList());
    }

    /** In the transaction of the call's outcome: these dossiers' entries are no longer in flight. */
    public void answered(long runId, Collection<String> ids) {
        if (!ids.isEmpty()) {
            named.update("delete from progress_in_flight where run_id = :run and ma_ho_so in (:ids)",
                    new MapSqlParameterSource("run", runId).addValue("ids", ids));
        }
    }

    /** What runs left in flight when they died. */
    public InDoubt inDoubt() {
        return named.queryForObject("select count(distinct f.ma_ho_so), coalesce(sum(f.entry_count), 0)" + IN_DOUBT, gone(),
                (rs, i) -> new InDoubt(rs.getLong(1), rs.getLong(2)));
    }

    /** One dossier's entries in doubt: their places, as the ledger writes them ("3,4"), one run each. */
    public List<String> inDoubt(String maHoSo) {
        return named.queryForList("select f.entries" + IN_DOUBT + " and f.ma_ho_so = :id order by f.run_id",
                gone().addValue("id", maHoSo), String.class);
    }

    /** The runs marked RUNNING whose process is gone (none: an id no run has, for SQL's sake). */
    private MapSqlParameterSource gone() {
        String lease = Lease.holderProcess(jdbc);
        List<Long> ids = Runs.running(jdbc).stream().filter(r -> r.gone(Runs.STALE, lease)).map(Runs.Running::id).toList();
        return new MapSqlParameterSource("gone", ids.isEmpty() ? List.of(-1L) : ids);
    }
}
