package vn.dvc.adapter.ledger;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.system.Say;

/**
 * Sync runs and their counts. A run left RUNNING by a killed process is recognised by its owner
 * (a dead pid on this host) or a stale heartbeat, and closed as ABORTED by the next run; until then
 * every read shows it ABORTED already ({@link #rows}), and its progress entries in flight in doubt.
 */
@Repository
public class Runs {

    /** pid@host of this process. */
    public static final String OWNER = ManagementFactory.getRuntimeMXBean().getName();

    /** A run marked RUNNING whose heartbeat is older than this, from another host, is taken as dead. */
    public static final Duration STALE = Duration.ofMinutes(10);
    /** The length of sync_run's message and drift columns. */
    private static final int MESSAGE = 2000;

    /**
     * The mapping of {@code sync_run} rows for one read; the one mapping of them (the console reads runs through
     * it too). A run still marked RUNNING whose process is gone ({@link Running#gone}) reads as ABORTED, as the
     * next run will record it: after a {@code kill -9}, {@code status} and the console no longer show a dead run
     * running.
     */
    public static RowMapper<Run> rows(JdbcTemplate jdbc) {
        String lease = Lease.holderProcess(jdbc);
        return (rs, i) -> {
            RunStatus status = RunStatus.valueOf(rs.getString("status"));
            if (status == RunStatus.RUNNING && new Running(rs.getLong("id"), rs.getString("owner"),
                    rs.getObject("heartbeat_at", OffsetDateTime.class)).gone(STALE, lease)) {
                status = RunStatus.ABORTED;
            }
            return new Run(rs.getLong("id"), RunKind.valueOf(rs.getString("kind")), status,
                    rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                    Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                    rs.getInt("pages"), rs.getInt("pulled"), rs.getInt("sent"), rs.getInt("unchanged"), rs.getInt("quarantined"),
                    rs.getInt("failed"), rs.getInt("rejected"), rs.getInt("held"), rs.getString("message"), rs.getString("drift"));
        };
    }

    private final JdbcTemplate jdbc;
    /** The ends the ledger could not take, written before this process's next run ({@link #closeAbandoned}). */
    private final MissedWrites missed;

    public Runs(JdbcTemplate jdbc, MissedWrites missed) {
        this.jdbc = jdbc;
        this.missed = missed;
    }

    public long start(RunKind kind) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        OffsetDateTime now = Transfers.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);   // as the ledger keeps it
        try {
            jdbc.update(con -> {
                var ps = con.prepareStatement("insert into sync_run (kind, owner, status, started_at, heartbeat_at)"
                        + " values (?,?,?,?,?)", new String[] {"id"});
                ps.setString(1, kind.name());
                ps.setString(2, OWNER);
                ps.setString(3, RunStatus.RUNNING.name());
                ps.setObject(4, now);
                ps.setObject(5, now);
                return ps;
            }, key);
        } catch (RuntimeException e) {
            // the insert may have reached the ledger with its answer lost (the database cut): its row is closed
            // by closeAbandoned, which would otherwise leave a RUNNING row of this live process as it is
            String message = "lượt không mở được: " + LedgerFault.cause(e) + " / the run could not open: " + LedgerFault.cause(e);
            missed.later(Say.of("kết thúc của lượt không mở được (" + now + ")", "the end of a run that could not open (" + now + ")"),
                    () -> jdbc.update("update sync_run set status = ?, finished_at = ?, message = ? where owner = ? and started_at = ?"
                            + " and status = ?", RunStatus.FAILED.name(), Transfers.now(), message, OWNER, now, RunStatus.RUNNING.name()));
            throw e;
        }
        return key.getKey().longValue();
    }

    /** The end of this process's run that the ledger could not take: written by the next {@link #closeAbandoned}. */
    public void unrecorded(long id, RunStatus status, String message) {
        OffsetDateTime at = Transfers.now();
        missed.later(Say.of("kết thúc của lượt " + id, "the end of run " + id),
                () -> jdbc.update("update sync_run set status = ?, finished_at = ?, message = ? where id = ? and status = ?",
                        status.name(), at, Transfers.cut(message, MESSAGE), id, RunStatus.RUNNING.name()));
    }

    /**
     * Closes as ABORTED the runs still marked RUNNING whose process is gone (dead here, or silent too
     * long elsewhere); first, the ends of this process's own runs that an outage kept from the ledger.
     */
    public void closeAbandoned(Duration staleAfter) {
        missed.flush();
        int aborted = 0;
        String lease = Lease.holderProcess(jdbc);
        for (Running r : running(jdbc)) {
            if (r.gone(staleAfter, lease)) {
                aborted += jdbc.update("update sync_run set status = ?, finished_at = ?, message = ? where id = ?"
                        + " and status = ?", RunStatus.ABORTED.name(), Transfers.now(), "tiến trình " + r.owner()
                        + " đã dừng đột ngột; lượt chạy được đóng tự động", r.id(), RunStatus.RUNNING.name());
            }
        }
        if (aborted > 0) {
            realignIdentitiesOnH2();
        }
    }

    /** A run marked RUNNING: who runs it (pid@host) and when it last said so. */
    record Running(long id, String owner, OffsetDateTime heartbeat) {
        /**
         * Its process is gone: not this one, and dead on this host, or silent for longer than {@code staleAfter}
         * (a run writes its heartbeat at each page, a replay or a repair at each batch) without holding the
         * ledger's lease ({@code lease}: the process that holds it now, or null).
         */
        boolean gone(Duration staleAfter, String lease) {
            return owner != null && heartbeat != null && !OWNER.equals(owner) && (deadOnThisHost(owner)
                    || heartbeat.isBefore(Transfers.now().minus(staleAfter)) && !owner.equals(lease));
        }
    }

    /** The runs marked RUNNING, alive or not. */
    static List<Running> running(JdbcTemplate jdbc) {
        return jdbc.query("select id, owner, heartbeat_at from sync_run where status = ?",
                (rs, i) -> new Running(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class)),
                RunStatus.RUNNING.name());
    }

    /**
     * After a process was killed, H2 can hand out an identity value again: it persists a sequence's
     * position in steps of 32 and lazily, so rows committed just before a {@code kill -9} may hold
     * numbers the restarted sequence gives once more (seen in CrashIT as a duplicate {@code sync_run}
     * id). Once a killed run has been found, every identity column restarts past its highest value.
     * PostgreSQL's sequences do not go back; nothing is done there.
     */
    private void realignIdentitiesOnH2() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"H2".equals(product)) {
            return;
        }
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns"
                + " where is_identity = 'YES' and table_schema = 'PUBLIC'");
        for (Map<String, Object> col : columns) {
            String table = (String) col.get("TABLE_NAME");
            String column = (String) col.get("COLUMN_NAME");
            Long max = jdbc.queryForObject("select max(\"" + column + "\") from \"" + table + "\"", Long.class);
            jdbc.execute("alter table \"" + table + "\" alter column \"" + column + "\" restart with " + (max == null ? 1 : max + 1));
        }
    }

    /** True for a pid@host of this host whose process is gone. */
    static boolean deadOnThisHost(String owner) {
        int at = owner.indexOf('@');
        if (at < 0 || !owner.substring(at + 1).equals(OWNER.substring(OWNER.indexOf('@') + 1))) {
            return false;
        }
        try {
            return ProcessHandle.of(Long.parseLong(owner.substring(0, at))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    public void heartbeat(long id, RunCounts c) {
        jdbc.update("update sync_run set heartbeat_at = ?, pages = ?, pulled = ?, sent = ?, unchanged = ?, quarantined = ?,"
                        + " failed = ?, rejected = ?, held = ? where id = ?", Transfers.now(), c.pages(), c.pulled(), c.sent(),
                c.unchanged(), c.quarantined(), c.failed(), c.rejected(), c.held(), id);
    }

    /** @param drift the run's schema drift in {@code SchemaDrift}'s text form, or null */
    public void finish(long id, RunStatus status, RunCounts c, String message, String drift) {
        heartbeat(id, c);
        jdbc.update("update sync_run set status = ?, finished_at = ?, message = ?, drift = ? where id = ?",
                status.name(), Transfers.now(), Transfers.cut(message, MESSAGE), Transfers.cut(drift, MESSAGE), id);
    }

    public Optional<Run> last() {
        return jdbc.query("select * from sync_run order by id desc limit 1", rows(jdbc)).stream().findFirst();
    }
}
