package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's side of reconciliation: which dossiers it says the portal holds, the drift found
 * (and its repair), and the record of every reconcile.
 */
@Repository
public class Reconciliations {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A repair that marked its dossiers and then stopped leaves them so: the next repair finds them again. */
    public static final String MISSING = "RECONCILE_MISSING";
    public static final String STALE = "RECONCILE_STALE";
    private static final int CHUNK = 1000;

    /**
     * A dossier to read back: what the portal accepted ({@code sentHash}; null for one a stopped
     * repair marked), where the source had it ({@code sourceUpdated}, for re-reading it) and, when
     * the ledger keeps it, the payload sent (to name the fields that differ).
     */
    public record Target(String maHoSo, String sentHash, Instant sourceUpdated, String maDonVi, String payload) {}

    /** One reconcile as recorded. */
    public record Summary(long id, Instant startedAt, Instant finishedAt, String actor, String filter, int population,
                          int checked, int matched, int missing, int stale, int unreadable, int repaired,
                          Long repairRunId, String status) {
        /** The same reconcile, FAILED. */
        public Summary failed() {
            return new Summary(id, startedAt, finishedAt, actor, filter, population, checked, matched, missing, stale, unreadable,
                    repaired, repairRunId, "FAILED");
        }
    }

    /** One drifted or unreadable dossier of a reconcile; {@code detail} quotes the portal and is sealed in the ledger. */
    public record Drift(String maHoSo, String result, String maDonVi, String detail, boolean repaired) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final LedgerCipher cipher;
    private final Events events;

    public Reconciliations(JdbcTemplate jdbc, LedgerCipher cipher, Events events) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    private static final String HELD = "(sent_hash is not null or error_code in ('" + MISSING + "','" + STALE + "'))";
    private Target target(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Target(rs.getString(1), rs.getString(2),
                Optional.ofNullable(rs.getObject(3, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                rs.getString(4), cipher.open(rs.getString(5)));
    }

    /** The dossiers the ledger says the portal holds, within the filters (null: any), in MaHoSo order. */
    public List<Target> targets(LocalDate since, String agency, List<String> ids) {
        List<Target> out = new ArrayList<>();
        if (ids != null && !ids.isEmpty()) {
            for (int from = 0; from < ids.size(); from += CHUNK) {   // bounded IN lists
                out.addAll(query(since, agency, ids.subList(from, Math.min(ids.size(), from + CHUNK))));
            }
            out.sort(java.util.Comparator.comparing(Target::maHoSo));
            return out;
        }
        return query(since, agency, null);
    }

    private List<Target> query(LocalDate since, String agency, List<String> ids) {
        StringBuilder sql = new StringBuilder("select ma_ho_so, sent_hash, source_updated, ma_don_vi, payload from transfer where ")
                .append(HELD);
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (since != null) {
            sql.append(" and source_updated >= :since");
            p.addValue("since", since.atStartOfDay(ZONE).toOffsetDateTime());
        }
        if (agency != null) {
            sql.append(" and ma_don_vi = :agency");
            p.addValue("agency", agency);
        }
        if (ids != null) {
            sql.append(" and ma_ho_so in (:ids)");
            p.addValue("ids", ids);
        }
        return named.query(sql.append(" order by ma_ho_so").toString(), p, this::target);
    }

    /** How many dossiers the ledger says the portal holds. */
    public int population() {
        Integer n = jdbc.queryForObject("select count(*) from transfer where " + HELD, Integer.class);
        return n == null ? 0 : n;
    }

    /** A uniform random sample of {@code n} of them (reservoir sampling over one pass of the keys). */
    public List<Target> sample(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> reservoir = new ArrayList<>(n);
        long[] seen = {0};
        jdbc.query("select ma_ho_so from transfer where " + HELD, rs -> {
            String id = rs.getString(1);
            long k = seen[0]++;
            if (k < n) {
                reservoir.add(id);
            } else {
                long j = random.nextLong(k + 1);
                if (j < n) {
                    reservoir.set((int) j, id);
                }
            }
        });
        return targets(null, null, reservoir);
    }

    /**
     * Marks drift found at the portal before sending the dossiers again: the portal no longer holds
     * what the ledger said (no accepted hash; for a missing one, not at the portal and no progress
     * there). FAILED with the reason and an event each, in one transaction, so the ledger tells the
     * truth even if the repair stops here.
     */
    @Transactional
    public void markDrift(Collection<String> missing, Collection<String> stale, long runId) {
        String failed = " error_class='TRANSIENT', error_stage='RECONCILE', error_field=null, last_error=:message,"
                + " last_error_en=:messageEn,"
                + " http_status=null, first_failed_at=coalesce(first_failed_at, :now), last_failed_at=:now, updated_at=:now,"
                + " run_id=:run where ma_ho_so in (:ids)";
        update(missing, "update transfer set state='FAILED', sent_hash=null, at_portal=false, progress_sent=0,"
                + " progress_held=null, error_code='" + MISSING + "'," + failed, new Failure(ErrorClass.TRANSIENT,
                Stage.RECONCILE, MISSING, null, "Cổng DVCQG không giữ hồ sơ này (đối soát); gửi lại",
                "The national portal does not hold this dossier (reconciliation); sending it again", null), runId);
        update(stale, "update transfer set state='FAILED', sent_hash=null, error_code='" + STALE + "'," + failed,
                new Failure(ErrorClass.TRANSIENT, Stage.RECONCILE, STALE, null,
                        "Cổng DVCQG giữ nội dung khác bản đã gửi (đối soát); gửi lại",
                        "The national portal holds other content than was sent (reconciliation); sending it again", null), runId);
    }

    private void update(Collection<String> ids, String sql, Failure why, long runId) {
        List<String> all = new ArrayList<>(ids);
        OffsetDateTime now = Transfers.now();
        for (int from = 0; from < all.size(); from += CHUNK) {
            named.update(sql, new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + CHUNK)))
                    .addValue("message", cipher.seal(why.message())).addValue("messageEn", cipher.seal(why.messageEn()))
                    .addValue("now", now).addValue("run", runId));
        }
        events.record(all.stream().map(id -> new Events.Event(id, runId, RunKind.RECONCILE, State.FAILED, why)).toList());
    }

    /** Of these, the dossiers the portal now holds as accepted. */
    public List<String> accepted(Collection<String> ids) {
        List<String> all = new ArrayList<>(ids);
        List<String> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            out.addAll(named.queryForList("select ma_ho_so from transfer where state = 'SENT' and sent_hash is not null"
                    + " and ma_ho_so in (:ids)", new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(),
                    from + CHUNK))), String.class));
        }
        return out;
    }

    /**
     * Closes as ABORTED the reconciles still RUNNING whose process is gone: dead on this host (killed, or the host
     * restarted), or silent for longer than {@link Runs#STALE} on another (a reconcile says it is alive every
     * {@link #HEARTBEAT} as it reads back, {@link #heartbeat}), unless its repair's run is still running, which keeps
     * a heartbeat of its own. A reconcile that never kept one (started by a jar before V17) is closed once it started
     * more than {@link #NO_HEARTBEAT} ago: it may still run on a host not yet upgraded, but no reconcile reads back
     * for that long (a million dossiers take about twenty minutes), and it stayed RUNNING for ever.
     */
    public int closeAbandoned() {
        int closed = 0;
        for (String owner : jdbc.queryForList("select distinct owner from reconcile_run where status = 'RUNNING'"
                + " and owner is not null", String.class)) {
            if (Runs.deadOnThisHost(owner)) {
                closed += jdbc.update("update reconcile_run set status = 'ABORTED', finished_at = ? where status = 'RUNNING'"
                        + " and owner = ?", Transfers.now(), owner);
            }
        }
        OffsetDateTime now = Transfers.now();
        closed += jdbc.update("update reconcile_run set status = 'ABORTED', finished_at = ? where status = 'RUNNING'"
                + " and (owner is null or owner <> ?) and (heartbeat_at < ? or heartbeat_at is null and started_at < ?)"
                + " and (repair_run_id is null or repair_run_id not in (select id from sync_run where status = 'RUNNING'))",
                now, Runs.OWNER, now.minus(Runs.STALE), now.minus(NO_HEARTBEAT));
        return closed;
    }

    /** How long after its start a reconcile that keeps no heartbeat (a jar before V17's) is taken for abandoned. */
    static final Duration NO_HEARTBEAT = Duration.ofDays(1);

    /** How often a reconcile reading back says it is alive. */
    public static final Duration HEARTBEAT = Duration.ofSeconds(30);

    /** This reconcile is alive (while it is RUNNING). */
    public void heartbeat(long id) {
        jdbc.update("update reconcile_run set heartbeat_at = ? where id = ? and status = 'RUNNING'", Transfers.now(), id);
    }

    public long start(String actor, String filter, int population) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into reconcile_run (started_at, actor, filter, population, status, owner,"
                    + " heartbeat_at) values (?,?,?,?,'RUNNING',?,?)", new String[] {"id"});
            OffsetDateTime now = Transfers.now();
            ps.setObject(1, now);
            ps.setString(2, actor);
            ps.setString(3, filter);
            ps.setInt(4, population);
            ps.setString(5, Runs.OWNER);
            ps.setObject(6, now);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Closes a reconcile with its counts and drift list, in one transaction; once: a reconcile already closed
     * (its end written after all, when the answer to that commit was lost) is left as it is.
     */
    @Transactional
    public void finish(Summary s, List<Drift> drift) {
        int closed = jdbc.update("update reconcile_run set finished_at = ?, checked = ?, matched = ?, missing = ?, stale = ?,"
                        + " unreadable = ?, repaired = ?, repair_run_id = ?, status = ? where id = ? and status = 'RUNNING'",
                s.finishedAt() == null ? Transfers.now() : Transfers.ts(s.finishedAt()), s.checked(), s.matched(), s.missing(),
                s.stale(), s.unreadable(), s.repaired(), s.repairRunId(),
                s.status(), s.id());
        if (closed == 0) {
            return;
        }
        jdbc.batchUpdate("insert into reconcile_drift (reconcile_id, ma_ho_so, result, ma_don_vi, detail, repaired)"
                + " values (?,?,?,?,?,?)", drift.stream().map(d -> new Object[] {s.id(), d.maHoSo(), d.result(), d.maDonVi(),
                cipher.seal(Transfers.cut(d.detail(), 2000)),
                d.repaired()}).toList());
    }

    private static final RowMapper<Summary> SUMMARY = (rs, i) -> new Summary(rs.getLong("id"),
            rs.getObject("started_at", OffsetDateTime.class).toInstant(),
            Optional.ofNullable(rs.getObject("finished_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
            rs.getString("actor"), rs.getString("filter"), rs.getInt("population"), rs.getInt("checked"),
            rs.getInt("matched"), rs.getInt("missing"), rs.getInt("stale"), rs.getInt("unreadable"), rs.getInt("repaired"),
            (Long) rs.getObject("repair_run_id", Long.class), rs.getString("status"));

    /** The latest reconciles, newest first. */
    public List<Summary> recent(int limit) {
        return jdbc.query("select * from reconcile_run order by id desc limit ?", SUMMARY, Math.max(1, Math.min(limit, 100)));
    }

    public Optional<Summary> last() {
        return recent(1).stream().findFirst();
    }

    /** The drift list of one reconcile, at most {@code limit} rows, its details opened (sealed: they quote the portal). */
    public List<Drift> drift(long reconcileId, int limit) {
        return jdbc.query("select ma_ho_so, result, ma_don_vi, detail, repaired from reconcile_drift where reconcile_id = ?"
                        + " order by result, ma_ho_so limit ?", (rs, i) -> new Drift(rs.getString(1), rs.getString(2),
                        rs.getString(3), cipher.readable(rs.getString(4)), rs.getBoolean(5)), reconcileId,
                Math.max(1, Math.min(limit, 10_000)));
    }
}
