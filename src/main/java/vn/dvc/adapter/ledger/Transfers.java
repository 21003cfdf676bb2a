package vn.dvc.adapter.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.system.AdapterProperties;

/**
 * The transfer ledger's writes: one row per dossier with its latest version, state and story.
 * Written in JDBC batches, one page or batch at a time, every value bound by its column's name;
 * the sync holds the only writer lease, so reading the known rows ({@link TransferReads}) and then
 * inserting or updating them is safe without database-specific upserts.
 */
@Repository
public class Transfers {

    /** Keys per IN list: well below the bind-parameter limits of H2 and PostgreSQL. */
    private static final int IN_CHUNK = 1_000;

    private final NamedParameterJdbcTemplate named;
    private final boolean keepSentPayload;
    private final LedgerCipher cipher;
    private final Events events;

    /**
     * {@code adapter.ledger.keep-sent-payload} keeps the payload of dossiers the portal accepted. Off by
     * default: the portal and the source hold that content, the ledger its hash and facts; the payload
     * is what most of the ledger's size and write time were.
     */
    public Transfers(JdbcTemplate jdbc, AdapterProperties properties, LedgerCipher cipher, Events events) {
        this.events = events;
        this.cipher = cipher;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.keepSentPayload = properties.ledger().keepSentPayload();
    }

    /**
     * Fills the facts of rows the ledger already holds, leaving their state, hashes and payload alone:
     * how a ledger written before the national facts (V7) gets them from a full re-read of the source
     * ({@code sync --refill-facts}). Returns the rows updated.
     */
    public int refillFacts(List<Facts> facts, List<String> ids) {
        SqlParameterSource[] rows = new SqlParameterSource[facts.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = FactColumns.bind(new MapSqlParameterSource("ma_ho_so", ids.get(i)), facts.get(i));
        }
        int updated = 0;
        for (int n : named.batchUpdate("update transfer set " + FactColumns.SETS + " where ma_ho_so=:ma_ho_so", rows)) {
            updated += Math.max(n, 0);
        }
        return updated;
    }

    /**
     * Writes new versions of dossiers, each in the state it ends in: as pushed (SENT, FAILED or
     * REJECTED, with what the portal now holds) or as refused by a check (QUARANTINED or HELD, with
     * why), with the payload the caller gave it ({@link #keepsPayload} says which should have one).
     * One write per dossier, inserting it or replacing its known row.
     */
    public void write(List<Version> versions, Map<String, Known> known, long runId) {
        List<SqlParameterSource> inserts = new ArrayList<>();
        List<SqlParameterSource> updates = new ArrayList<>();
        OffsetDateTime now = now();
        for (Version v : versions) {
            (known.containsKey(v.transfer().maHoSo()) ? updates : inserts).add(VersionRows.of(v, runId, now, cipher));
        }
        if (!inserts.isEmpty()) {
            named.batchUpdate(VersionRows.INSERT, inserts.toArray(SqlParameterSource[]::new));
        }
        if (!updates.isEmpty()) {
            named.batchUpdate(VersionRows.UPDATE, updates.toArray(SqlParameterSource[]::new));
        }
    }

    /** Whether a row in this state keeps its payload: always, unless accepted and {@code keep-sent-payload} is off. */
    public boolean keepsPayload(State state) {
        return state != State.SENT || keepSentPayload;
    }

    /**
     * A dossier version and the state it ends in. Built with {@link #refused} or {@link #pushed}, then
     * {@link #taken} when the portal took the dossier.
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

        /** Pushed to the portal, which took nothing new of it (yet): SENT unchanged, FAILED or REJECTED. */
        public static Version pushed(Transfer transfer, State state, Failure failure, boolean atPortal) {
            return new Version(transfer, state, failure, null, atPortal, null, null, true);
        }

        /** The portal took the dossier with this hash and now deals with these progress entries (of which held back). */
        public Version taken(String hash, int progressSent, String progressHeld) {
            return new Version(transfer, state, failure, hash, atPortal, progressSent, progressHeld, attempted);
        }
    }

    /**
     * The portal accepted these versions of rows already in the ledger (a resend, a replay; or the
     * progress of a dossier whose content an earlier call of the same push took): their hash and how
     * many progress entries it now has. The payload of one accepted whole is dropped unless
     * {@code keep-sent-payload}; one whose progress is still to come or failed keeps it, to be sent
     * again. {@code attempt}: this is a new push of the row, counted in {@code attempts} (not for the
     * progress call that follows a dossier call of the same push).
     */
    public void markSent(List<Accepted> accepted, boolean attempt) {
        if (accepted.isEmpty()) {
            return;   // no statement to prepare: most calls of a sync have nothing here
        }
        OffsetDateTime now = now();
        SqlParameterSource[] rows = accepted.stream().map(a -> new TypedNulls()
                .addValue("sent_hash", a.hash()).addValue("progress_sent", a.progressSent())
                .addValue("progress_held", a.progressHeld()).addValue("drop_payload", a.whole() && !keepsPayload(State.SENT))
                .addValue("attempt", attempt ? 1 : 0).addValue("now", now).addValue("ma_ho_so", a.maHoSo()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate("update transfer set state='" + State.SENT.name() + "', sent_hash=:sent_hash, at_portal=true,"
                + " progress_sent=:progress_sent, progress_held=:progress_held,"
                + " payload=case when :drop_payload then null else payload end,"
                + " attempts=attempts+:attempt, error_class=null, error_stage=null, error_code=null, error_field=null,"
                + " last_error=null, last_error_en=null, http_status=null, updated_at=:now where ma_ho_so=:ma_ho_so", rows);
    }

    /** A version the portal took: its hash, its progress entries there (and which held back), and whether nothing of it failed. */
    public record Accepted(String maHoSo, String hash, int progressSent, String progressHeld, boolean whole) {}

    /**
     * Rows the portal did not take everything of: FAILED or REJECTED, with the story, all in one
     * batch; {@code attempt} as for {@link #markSent}.
     */
    public void markFailed(List<Failed> failed, boolean attempt) {
        if (failed.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        SqlParameterSource[] rows = failed.stream().map(f -> VersionRows.failure(new TypedNulls(), f.failure(), cipher)
                .addValue("state", f.state().name()).addValue("at_portal", f.atPortal())
                .addValue("attempt", attempt ? 1 : 0).addValue("now", now).addValue("ma_ho_so", f.maHoSo()))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate("update transfer set state=:state, at_portal=(at_portal or :at_portal), attempts=attempts+:attempt,"
                + " error_class=:error_class, error_stage=:error_stage, error_code=:error_code, error_field=:error_field,"
                + " last_error=:last_error, last_error_en=:last_error_en, http_status=:http_status,"
                + " first_failed_at=coalesce(first_failed_at, :now), last_failed_at=:now, updated_at=:now"
                + " where ma_ho_so=:ma_ho_so", rows);
    }

    /**
     * A row the portal did not take all of, in state FAILED or REJECTED; it keeps its payload, what it is
     * sent again with.
     *
     * @param atPortal the portal holds a version of it now
     */
    public record Failed(String maHoSo, State state, Failure failure, boolean atPortal) {}

    /**
     * After a catalogue refresh: every dossier HELD for {@code code} (its procedure unknown to DVCQG)
     * whose procedure the national catalogue ({@code procedure_national}) now lists goes back to
     * PENDING, with the integration verdict of that listing and an event, to be sent by the next run.
     * Within the caller's transaction (the refresh's).
     */
    public int releaseListed(String code) {
        String listed = " where state = 'HELD' and error_code = :code and exists (select 1 from procedure_national n"
                + " where n.ma_don_vi = transfer.ma_don_vi and n.ma_tthc = transfer.ma_tthc)";
        MapSqlParameterSource p = new MapSqlParameterSource("code", code).addValue("now", now());
        List<String> released = named.queryForList("select ma_ho_so from transfer" + listed, p, String.class);
        named.update("update transfer set state = 'PENDING', integration = (select case when n.tich_hop"
                + " then 'OK' else 'NOT_INTEGRATED' end from procedure_national n where n.ma_don_vi = transfer.ma_don_vi"
                + " and n.ma_tthc = transfer.ma_tthc), error_class = null, error_stage = null, error_code = null,"
                + " error_field = null, last_error = null, last_error_en = null, updated_at = :now" + listed, p);
        events.record(released.stream().map(id -> new Events.Event(id, null, RunKind.CATALOGUE, State.PENDING, null)).toList());
        return released.size();
    }

    /** Counts a replay of each; those still not accepted after {@code maxReplays} are set aside for a person. */
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

    /** At most {@code max} characters of a text for a column that holds no more, or null. */
    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Now, as the ledger stores times (UTC). */
    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
