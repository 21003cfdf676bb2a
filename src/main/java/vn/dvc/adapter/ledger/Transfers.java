package vn.dvc.adapter.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.checks.NationalFacts;

/**
 * The transfer ledger: one row per dossier with its latest version, state and story. Written in
 * JDBC batches, one page or batch at a time; the sync holds the only writer lease, so reading the
 * known rows and then inserting or updating them is safe without database-specific upserts.
 */
@Repository
public class Transfers {

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final boolean keepSentPayload;
    private final LedgerCipher cipher;

    /**
     * @param keepSentPayload keep the payload of dossiers the portal accepted ({@code adapter.ledger.keep-sent-payload}).
     *                        Off by default: the portal and the source hold that content, the ledger its hash
     *                        and facts; the payload is what most of the ledger's size and write time were.
     */
    public Transfers(JdbcTemplate jdbc, @Value("${adapter.ledger.keep-sent-payload:false}") boolean keepSentPayload,
                     LedgerCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.keepSentPayload = keepSentPayload;
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

    private static final List<String> FACT_COLUMNS = List.of("ma_don_vi", "ma_tthc", "kenh", "trang_thai", "ngay_tiep_nhan",
            "ngay_hen_tra", "ngay_ket_thuc", "muc_do", "integration", "eauth_status", "eauth_reason",
            // the national scoring's (V7, checks/NationalFacts)
            "ket_qua_dien_tu", "tep_ket_qua", "tep_nop", "so_hoa", "tai_su_dung", "kho_dmqg", "csdl_dan_cu", "thanh_toan_tt",
            "tong_le_phi", "so_lan_bo_sung", "thoi_gian_bo_sung", "ket_thuc_766", "han_766");
    private static final String FACT_LIST = String.join(", ", FACT_COLUMNS);
    private static final String FACT_SETS = String.join("=?, ", FACT_COLUMNS) + "=?";

    /** The states a replay can send again (PENDING only when named: a run sends those itself). */
    public static final java.util.Set<State> REPLAYABLE = java.util.EnumSet.of(State.FAILED, State.REJECTED, State.HELD,
            State.PENDING);

    /** Keys per IN list: well below the bind-parameter limits of H2 and PostgreSQL. */
    private static final int IN_CHUNK = 1_000;

    private static Object[] facts(Facts f) {
        NationalFacts n = f.national();
        return new Object[] {f.maDonVi(), f.maTTHC(), f.kenh(), f.trangThai(), f.ngayTiepNhan(), f.ngayHenTra(),
                f.ngayKetThuc(), f.mucDo(), f.integration(), f.eauth() == null ? null : f.eauth().status().name(),
                f.eauth() == null ? null : f.eauth().reason(),
                n == null ? null : n.electronicResult(), n == null ? null : n.resultFile(),
                n == null ? null : n.filesSubmitted(), n == null ? null : n.digitised(), n == null ? null : n.reused(),
                n == null ? null : n.fromStore(), n == null ? null : n.populationDb(), n == null ? null : n.paidOnline(),
                n == null ? null : n.fees(), n == null ? null : n.supplements(), n == null ? null : n.supplementSeconds(),
                n == null ? null : n.end(), n == null ? null : n.deadline()};
    }

    /**
     * Fills the facts of rows the ledger already holds, leaving their state, hashes and payload alone:
     * how a ledger written before the national facts (V7) gets them from a full re-read of the source
     * ({@code sync --refill-facts}). Returns the rows updated.
     */
    public int refillFacts(List<Facts> facts, List<String> ids) {
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (int i = 0; i < facts.size(); i++) {
            rows.add(concat(facts(facts.get(i)), new Object[] {ids.get(i)}));
        }
        int updated = 0;
        for (int n : jdbc.batchUpdate("update transfer set " + FACT_SETS + " where ma_ho_so=?", rows)) {
            updated += Math.max(n, 0);
        }
        return updated;
    }

    /**
     * Writes new versions of dossiers, each in the state it ends in: as pushed (SENT, FAILED or
     * REJECTED, with what the portal now holds) or as refused by a check (QUARANTINED or HELD, with
     * why), with the payload the caller gave it ({@link #keepsPayload} says which should have one). One write per dossier, inserting it or replacing its known row; a version the portal
     * accepted earlier stays recorded as accepted ({@code sent_hash}, {@code at_portal}) until a
     * newer one is.
     */
    public void write(List<Version> versions, Map<String, Known> known, long runId) {
        List<Object[]> inserts = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        OffsetDateTime now = now();
        for (Version v : versions) {
            Transfer t = v.transfer();
            Failure e = v.failure() == null ? Failure.NONE : v.failure();
            boolean failed = v.state() == State.FAILED || v.state() == State.REJECTED;
            Object[] head = {v.state().name(), t.hash(), cipher.seal(t.payload()), t.progressTotal(),
                    cipher.seal(t.progressIssues()), t.cursor(), ts(t.sourceUpdated())};
            boolean progressKnown = v.progressSent() != null;
            Object[] tail = {e.errorClassCode(), e.stageCode(), e.code(), e.field(), cipher.seal(e.message()), cipher.seal(e.messageEn()), e.httpStatus(),
                    runId, now,
                    v.sentHash(), v.atPortal(), v.progressSent(), progressKnown, v.progressHeld(), v.attempted() ? 1 : 0,
                    failed ? now : null, failed ? now : null, t.maHoSo()};
            Object[] row = concat(concat(head, facts(t.facts())), tail);
            (known.containsKey(t.maHoSo()) ? updates : inserts).add(row);
        }
        if (!inserts.isEmpty()) {
            jdbc.batchUpdate("insert into transfer (state, content_hash, payload, progress_total, progress_issues, source_cursor,"
                    + " source_updated, " + FACT_LIST + ", error_class, error_stage, error_code, error_field, last_error,"
                    + " last_error_en, http_status, run_id, updated_at, sent_hash, at_portal, progress_sent, progress_held, attempts,"
                    + " first_failed_at, last_failed_at, ma_ho_so, created_at) values (" + "?,".repeat(7 + FACT_COLUMNS.size() + 11)
                    + "coalesce(?, 0), case when ? then cast(? as varchar(2000)) else null end, ?, ?, ?, ?, ?)",
                    withCreatedAt(inserts, now));
        }
        if (!updates.isEmpty()) {
            jdbc.batchUpdate("update transfer set state=?, content_hash=?, payload=?, progress_total=?, progress_issues=?,"
                    + " source_cursor=?, source_updated=?, " + FACT_SETS + ", error_class=?, error_stage=?, error_code=?,"
                    + " error_field=?, last_error=?, last_error_en=?, http_status=?, run_id=?, updated_at=?,"
                    + " sent_hash=coalesce(?, sent_hash),"
                    + " at_portal=(at_portal or ?), progress_sent=coalesce(?, progress_sent),"
                    + " progress_held=case when ? then cast(? as varchar(2000)) else progress_held end, attempts=attempts+?,"
                    + " first_failed_at=coalesce(first_failed_at, ?), last_failed_at=coalesce(?, last_failed_at)"
                    + " where ma_ho_so=?", updates);
        }
    }

    /** Whether a row in this state keeps its payload: always, unless accepted and {@code keep-sent-payload} is off. */
    public boolean keepsPayload(State state) {
        return state != State.SENT || keepSentPayload;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A dossier version and the state it ends in.
     *
     * @param failure      why it was refused or failed; null when SENT
     * @param sentHash     the content hash the portal now holds from this push, or null (nothing new accepted)
     * @param atPortal     the portal holds a version of it after this push
     * @param progressSent progress entries the portal now dealt with, or null (unchanged)
     * @param progressHeld of which held back ("3,7" or null), when {@code progressSent} is given
     * @param attempted    the portal was called for it
     */
    public record Version(Transfer transfer, State state, Failure failure, String sentHash, boolean atPortal,
                          Integer progressSent, String progressHeld, boolean attempted) {

        /** Refused by a check (QUARANTINED or HELD): the portal was not called. */
        public static Version refused(Transfer transfer, State state, Failure failure) {
            return new Version(transfer, state, failure, null, false, null, null, false);
        }
    }

    /**
     * The portal accepted these versions of rows already in the ledger (a resend, a replay): their
     * hash and how many progress entries it now has. The payload of one accepted whole is dropped
     * unless {@code keep-sent-payload}; one whose progress then failed keeps it, to be sent again.
     */
    public void markSent(List<Accepted> accepted) {
        if (accepted.isEmpty()) {
            return;   // no statement to prepare: most batches of a sync have nothing here
        }
        OffsetDateTime now = now();
        List<Object[]> rows = new ArrayList<>(accepted.size());
        accepted.forEach(a -> rows.add(new Object[] {a.hash(), a.progressSent(), a.progressHeld(),
                a.whole() && !keepsPayload(State.SENT), now, a.maHoSo()}));
        jdbc.batchUpdate("update transfer set state='SENT', sent_hash=?, at_portal=true, progress_sent=?, progress_held=?,"
                + " payload=case when ? then null else payload end,"
                + " attempts=attempts+1, error_class=null, error_stage=null, error_code=null, error_field=null,"
                + " last_error=null, last_error_en=null, http_status=null, updated_at=? where ma_ho_so=?", rows);
    }

    /** A version the portal took: its hash, its progress entries there (and which held back), and whether nothing of it failed. */
    public record Accepted(String maHoSo, String hash, int progressSent, String progressHeld, boolean whole) {}

    /** The portal holds the dossier but did not take everything: FAILED or REJECTED, with the story. */
    public void markFailed(Map<String, Failure> failures, State state, Map<String, Boolean> atPortalById) {
        if (failures.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        List<Object[]> rows = new ArrayList<>(failures.size());
        failures.forEach((id, e) -> rows.add(new Object[] {state.name(), atPortalById.getOrDefault(id, false),
                e.errorClassCode(), e.stageCode(), e.code(), e.field(), cipher.seal(e.message()), cipher.seal(e.messageEn()), e.httpStatus(), now, now, now, id}));
        jdbc.batchUpdate("update transfer set state=?, at_portal=(at_portal or ?), attempts=attempts+1, error_class=?,"
                + " error_stage=?, error_code=?, error_field=?, last_error=?, last_error_en=?, http_status=?,"
                + " first_failed_at=coalesce(first_failed_at, ?), last_failed_at=?, updated_at=? where ma_ho_so=?", rows);
    }

    private static final String RESEND_COLUMNS = "select ma_ho_so, state, content_hash, sent_hash, payload, at_portal,"
            + " progress_sent, attempts, ma_don_vi, ma_tthc, error_code, progress_held";
    private Resend resend(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Resend(rs.getString(1), State.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                cipher.open(rs.getString(5)), rs.getBoolean(6), rs.getInt(7), rs.getInt(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12));
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
     * (FAILED, REJECTED, HELD) matching the filters; set-aside ones only with {@code force}.
     */
    public List<Resend> replayable(List<String> ids, String agency, String error, java.time.LocalDate since, boolean force,
                                   String afterKey, int limit) {
        StringBuilder sql = new StringBuilder(RESEND_COLUMNS + " from transfer where state in (:replayable)"
                + " and payload is not null");
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
            p.addValue("since", since.atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime());
        }
        if (!force) {
            sql.append(" and needs_attention = false");
        }
        sql.append(" and ma_ho_so > :after order by ma_ho_so limit :limit");
        p.addValue("after", afterKey == null ? "" : afterKey).addValue("limit", limit);
        return named.query(sql.toString(), p, this::resend);
    }

    /** Counts a replay of each; those still not accepted after {@code maxReplays} are set aside for a person. */
    /**
     * After a catalogue refresh: every dossier HELD for {@code code} (its procedure unknown to DVCQG)
     * whose procedure the national catalogue ({@code procedure_national}) now lists goes back to
     * PENDING, with the integration verdict of that listing, to be sent by the next run.
     */
    public int releaseListed(String code) {
        return jdbc.update("update transfer set state = 'PENDING', integration = (select case when n.tich_hop"
                + " then 'OK' else 'NOT_INTEGRATED' end from procedure_national n where n.ma_don_vi = transfer.ma_don_vi"
                + " and n.ma_tthc = transfer.ma_tthc), error_class = null, error_stage = null, error_code = null,"
                + " error_field = null, last_error = null, last_error_en = null, updated_at = ? where state = 'HELD'"
                + " and error_code = ? and exists (select 1 from procedure_national n where n.ma_don_vi = transfer.ma_don_vi"
                + " and n.ma_tthc = transfer.ma_tthc)", now(), code);
    }

    public int markReplayed(Collection<String> ids, int maxReplays) {
        if (ids.isEmpty()) {
            return 0;
        }
        // a replay of every failed transfer can name 100,000: one IN list that long exceeds
        // PostgreSQL's bind parameters (32,767), so the list goes in chunks
        List<String> all = List.copyOf(ids);
        int setAside = 0;
        for (int from = 0; from < all.size(); from += IN_CHUNK) {
            MapSqlParameterSource p = new MapSqlParameterSource("ids", all.subList(from, Math.min(all.size(), from + IN_CHUNK)))
                    .addValue("max", maxReplays);
            named.update("update transfer set replays = replays + 1 where ma_ho_so in (:ids)", p);
            setAside += named.update("update transfer set needs_attention = true where ma_ho_so in (:ids)"
                    + " and state in ('FAILED','REJECTED') and replays >= :max and needs_attention = false", p);
        }
        return setAside;
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

    private static List<Object[]> withCreatedAt(List<Object[]> rows, OffsetDateTime now) {
        List<Object[]> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Object[] longer = java.util.Arrays.copyOf(row, row.length + 1);
            longer[row.length] = now;
            out.add(longer);
        }
        return out;
    }

    /** Now, as the ledger stores times (UTC). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
