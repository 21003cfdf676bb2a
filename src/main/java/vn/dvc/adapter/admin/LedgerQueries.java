package vn.dvc.adapter.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.ledger.LedgerCipher;
import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.ledger.Runs;
import vn.dvc.adapter.ledger.State;

/**
 * The console's and the API's reads of the ledger: paged, filtered, newest first. Read only;
 * portable SQL (H2 and PostgreSQL).
 */
@Repository
public class LedgerQueries {

    private static final String TRANSFER_COLUMNS = "ma_ho_so, state, error_class, error_stage, error_code, error_field,"
            + " last_error, last_error_en, http_status, attempts, replays, needs_attention, ma_don_vi, ma_tthc, first_failed_at,"
            + " last_failed_at, updated_at, run_id";

    private TransferRow transferRow(ResultSet rs, int i) throws SQLException {
        return new TransferRow(rs.getString("ma_ho_so"),
            rs.getString("state"), rs.getString("error_class"), rs.getString("error_stage"), rs.getString("error_code"),
            rs.getString("error_field"), cipher.readable(rs.getString("last_error")), cipher.readable(rs.getString("last_error_en")),
            (Integer) rs.getObject("http_status", Integer.class),
            rs.getInt("attempts"), rs.getInt("replays"), rs.getBoolean("needs_attention"), rs.getString("ma_don_vi"),
            rs.getString("ma_tthc"), instant(rs, "first_failed_at"), instant(rs, "last_failed_at"),
            instant(rs, "updated_at"), (Long) rs.getObject("run_id", Long.class));
    }

    /** A transfer with what it was sent as and its story. {@code payload} is the ledger's JSON text. */
    public record Detail(TransferRow row, String payload, String sourceCursor, Instant sourceUpdated, Instant createdAt,
                         String integration, String eauthStatus, String eauthReason, String progressIssues) {}

    /** Catalogue counts and its last refresh (null fields before the first). */
    public record CatalogueFigures(long localProcedures, long nationalProcedures, long integrated, long held,
                                   Instant lastRefresh, Integer agencies, Integer released) {}

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    private final LedgerCipher cipher;

    public LedgerQueries(JdbcTemplate jdbc, LedgerCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    public PageOf<Run> runs(int page, int size) {
        long total = jdbc.queryForObject("select count(*) from sync_run", Long.class);
        List<Run> rows = jdbc.query("select * from sync_run order by id desc limit ? offset ?", Runs.rows(jdbc), size,
                (long) page * size);
        return new PageOf<>(rows, page, size, total);
    }

    public Optional<Run> run(long id) {
        return jdbc.query("select * from sync_run where id = ?", Runs.rows(jdbc), id).stream().findFirst();
    }

    /** The last {@code n} runs, oldest first (for a chart). */
    public List<Run> lastRuns(int n) {
        List<Run> rows = new java.util.ArrayList<>(jdbc.query("select * from sync_run order by id desc limit ?",
                Runs.rows(jdbc), n));
        java.util.Collections.reverse(rows);
        return rows;
    }

    public PageOf<TransferRow> transfers(TransferFilter f, int page, int size) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        MapSqlParameterSource p = new MapSqlParameterSource();
        if (!f.states().isEmpty()) {
            where.append(" and state in (:states)");
            p.addValue("states", f.states().stream().map(State::name).toList());
        }
        if (f.agency() != null) {
            where.append(" and ma_don_vi = :agency");
            p.addValue("agency", f.agency());
        }
        if (f.error() != null) {
            where.append(" and (error_class = :error or error_code = :error)");
            p.addValue("error", f.error());
        }
        if (f.q() != null) {
            where.append(" and ma_ho_so like :q");
            p.addValue("q", f.q().replace("%", "").replace("_", "\\_") + "%");
        }
        long total = named.queryForObject("select count(*) from transfer" + where, p, Long.class);
        p.addValue("limit", size).addValue("offset", (long) page * size);
        List<TransferRow> rows = named.query("select " + TRANSFER_COLUMNS + " from transfer" + where
                + " order by updated_at desc, ma_ho_so desc limit :limit offset :offset", p, this::transferRow);
        return new PageOf<>(rows, page, size, total);
    }

    public Optional<Detail> transfer(String maHoSo) {
        return jdbc.query("select " + TRANSFER_COLUMNS + ", payload, source_cursor, source_updated, created_at, integration,"
                        + " eauth_status, eauth_reason, progress_issues from transfer where ma_ho_so = ?",
                (rs, i) -> new Detail(transferRow(rs, i), cipher.open(rs.getString("payload")), rs.getString("source_cursor"),
                        instant(rs, "source_updated"), instant(rs, "created_at"), rs.getString("integration"),
                        rs.getString("eauth_status"), rs.getString("eauth_reason"), cipher.open(rs.getString("progress_issues"))),
                maHoSo).stream().findFirst();
    }

    /** Agencies that have transfers in these states, for a filter list. */
    public List<String> agencies(List<State> states) {
        if (states.isEmpty()) {
            return jdbc.queryForList("select distinct ma_don_vi from transfer where ma_don_vi is not null order by ma_don_vi",
                    String.class);
        }
        return named.queryForList("select distinct ma_don_vi from transfer where ma_don_vi is not null and state in (:states)"
                + " order by ma_don_vi", new MapSqlParameterSource("states", states.stream().map(State::name).toList()),
                String.class);
    }

    /** Where the next run starts reading the source, or null before the first run. */
    public Instant checkpoint() {
        return jdbc.query("select updated_since from checkpoint where name = 'source'", (rs, i) -> instant(rs, "updated_since"))
                .stream().findFirst().orElse(null);
    }

    /**
     * Up to when the adapter has read the source: the checkpoint, or the start of the last sync that read the source
     * to its end (SUCCEEDED, or PARTIAL: some failed, every page read), whichever is later; null before either. The
     * lag is now minus this: a source whose last change is a day old is not a day behind once a run has read it all
     * (the review saw "1 day 5 hours" right after a full sync).
     */
    public Instant readUpTo() {
        return readUpTo(checkpoint());
    }

    /** The same, from the checkpoint the caller has already read. */
    public Instant readUpTo(Instant checkpoint) {
        Instant readToTheEnd = jdbc.query("select max(started_at) as started_at from sync_run where kind = 'SYNC'"
                        + " and status in ('SUCCEEDED', 'PARTIAL')", (rs, i) -> instant(rs, "started_at")).stream()
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return checkpoint == null || (readToTheEnd != null && readToTheEnd.isAfter(checkpoint)) ? readToTheEnd : checkpoint;
    }

    /** When the last run that finished without a failure ended, or null. */
    public Instant lastSuccess() {
        return jdbc.query("select max(finished_at) as finished_at from sync_run where status = 'SUCCEEDED'",
                (rs, i) -> instant(rs, "finished_at")).stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    public long needingAttention() {
        return jdbc.queryForObject("select count(*) from transfer where needs_attention = true", Long.class);
    }

    public CatalogueFigures catalogue() {
        long local = jdbc.queryForObject("select count(*) from procedure_local", Long.class);
        long national = jdbc.queryForObject("select count(*) from procedure_national", Long.class);
        long integrated = jdbc.queryForObject("select count(*) from procedure_national where tich_hop = true", Long.class);
        long held = jdbc.queryForObject("select count(*) from transfer where state = 'HELD'", Long.class);
        return jdbc.query("select refreshed_at, agencies, released from catalogue_refresh order by id desc limit 1",
                        (rs, i) -> new CatalogueFigures(local, national, integrated, held, instant(rs, "refreshed_at"),
                                rs.getInt("agencies"), rs.getInt("released"))).stream().findFirst()
                .orElse(new CatalogueFigures(local, national, integrated, held, null, null, null));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
