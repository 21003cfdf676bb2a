package vn.dvc.adapter.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the transfer ledger holds, read for the runs: the rows a page's dossiers have, the rows to
 * send again after a crash or on a replay, and the counts by state. {@link Transfers} writes them.
 */
@Repository
public class TransferReads {

    /** The states a replay can send again (PENDING only when named: a run sends those itself). */
    public static final Set<State> REPLAYABLE = EnumSet.of(State.FAILED, State.REJECTED, State.HELD, State.PENDING);

    /** The replay's {@code --since} is a day in the province's time. */
    private static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String RESEND_COLUMNS = "select ma_ho_so, state, content_hash, sent_hash, payload, at_portal,"
            + " progress_sent, attempts, ma_don_vi, ma_tthc, error_code, progress_held";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final LedgerCipher cipher;

    public TransferReads(JdbcTemplate jdbc, LedgerCipher cipher) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cipher = cipher;
    }

    /** What the ledger holds for these dossiers, by MaHoSo. */
    public Map<String, Known> known(Collection<String> ids) {
        Map<String, Known> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        named.query("select ma_ho_so, state, content_hash, sent_hash, at_portal, progress_sent, progress_held from transfer"
                        + " where ma_ho_so in (:ids)",
                new MapSqlParameterSource("ids", ids),
                rs -> {
                    found.put(rs.getString(1), new Known(rs.getString(1), State.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), rs.getBoolean(5), rs.getInt(6), rs.getString(7)));
                });
        return found;
    }

    /** Unfinished transfers after {@code afterKey}, in key order: what a crash or a failed run left behind. */
    public List<Resend> unfinished(Collection<State> states, String afterKey, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("states", states.stream().map(Enum::name).toList())
                .addValue("after", afterKey == null ? "" : afterKey)
                .addValue("limit", limit);
        return named.query(RESEND_COLUMNS + " from transfer"
                        + " where state in (:states) and ma_ho_so > :after order by ma_ho_so limit :limit",
                params, this::resend);
    }

    /**
     * Transfers a replay may send: the named ones in a replayable state, or the failed ones
     * (FAILED, REJECTED, HELD) matching the filters; set-aside ones only with {@code force}. A row
     * without a payload (marked FAILED by a reconcile: the ledger kept no content of it) is among
     * them: the replay reads it again from the source.
     */
    public List<Resend> replayable(List<String> ids, String agency, String error, LocalDate since, boolean force,
                                   String afterKey, int limit) {
        StringBuilder sql = new StringBuilder(RESEND_COLUMNS + " from transfer where state in (:replayable)");
        MapSqlParameterSource p = new MapSqlParameterSource("replayable", REPLAYABLE.stream().map(Enum::name).toList());
        if (!ids.isEmpty()) {
            sql.append(" and ma_ho_so in (:ids)");
            p.addValue("ids", ids);
        } else {
            sql.append(" and state <> :pending");
            p.addValue("pending", State.PENDING.name());
        }
        if (agency != null) {
            sql.append(" and ma_don_vi = :agency");
            p.addValue("agency", agency);
        }
        if (error != null) {
            sql.append(" and (error_class = :error or error_code = :error)");
            p.addValue("error", error);
        }
        if (since != null) {
            sql.append(" and last_failed_at >= :since");
            p.addValue("since", since.atStartOfDay(PROVINCE).toOffsetDateTime());
        }
        if (!force) {
            sql.append(" and needs_attention = false");
        }
        sql.append(" and ma_ho_so > :after order by ma_ho_so limit :limit");
        p.addValue("after", afterKey == null ? "" : afterKey).addValue("limit", limit);
        return named.query(sql.toString(), p, this::resend);
    }

    /** The CapNhatLuc the ledger last saw each of these dossiers at (absent: never seen), to read them again. */
    public Map<String, Instant> lastSeen(Collection<String> ids) {
        Map<String, Instant> seen = new HashMap<>();
        List<String> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {   // bounded IN lists
            named.query("select ma_ho_so, source_updated from transfer where ma_ho_so in (:ids) and source_updated is not null",
                    new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + 1000))),
                    rs -> {
                        seen.put(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant());
                    });
        }
        return seen;
    }

    /** How many dossiers stand in each state; every state is present. */
    public Map<State, Long> countByState() {
        Map<State, Long> counts = new LinkedHashMap<>();
        for (State s : State.values()) {
            counts.put(s, 0L);
        }
        jdbc.query("select state, count(*) from transfer group by state",
                rs -> {
                    counts.put(State.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    private Resend resend(ResultSet rs, int i) throws SQLException {
        return new Resend(rs.getString(1), State.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                cipher.open(rs.getString(5)), rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
    }
}
