package vn.dvc.adapter.compliance;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.ledger.LedgerCipher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's reads of the ledger: one GROUP BY per indicator family, never a row per dossier,
 * in SQL that runs unchanged on H2 and PostgreSQL. A dossier without an agency code is counted
 * under the code "" (the province totals still include it).
 */
@Repository
class LedgerFigures {

    /** Received in the period: NgayTiepNhan in [from, to + 1 day), status known and other than 1 and 3. */
    private static final String RECEIVED = " ngay_tiep_nhan >= :start and ngay_tiep_nhan < :end"
            + " and trang_thai is not null and trang_thai not in (1, 3)";

    private final NamedParameterJdbcTemplate named;
    private final LedgerCipher cipher;

    LedgerFigures(JdbcTemplate jdbc, LedgerCipher cipher) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.cipher = cipher;
    }

    /** Dossier counts per agency code. */
    Map<String, Counts> dossiers(LocalDate from, LocalDate to) {
        Map<String, Counts> out = new HashMap<>();
        named.query("select coalesce(ma_don_vi, '') as agency, count(*) as received,"
                        + " sum(case when kenh = 2 and muc_do in (3, 4) then 1 else 0 end) as online,"
                        + " sum(case when kenh = 2 then 1 else 0 end) as online_channel,"
                        + " sum(case when kenh = 2 and eauth_status = 'PASSED' then 1 else 0 end) as eauth_passed,"
                        + " sum(case when at_portal then 1 else 0 end) as at_portal,"
                        + " sum(case when trang_thai in (9, 10) then 1 else 0 end) as finished,"
                        + " sum(case when trang_thai in (9, 10) and ngay_ket_thuc <= ngay_hen_tra then 1 else 0 end) as on_time,"
                        + " sum(case when state = 'HELD' then 1 else 0 end) as held"
                        + " from transfer where" + RECEIVED + " group by coalesce(ma_don_vi, '')",
                period(from, to), rs -> {
                    out.put(rs.getString("agency"), Counts.dossiers(rs.getLong("received"), rs.getLong("online"),
                            rs.getLong("online_channel"), rs.getLong("eauth_passed"), rs.getLong("at_portal"),
                            rs.getLong("finished"), rs.getLong("on_time"), rs.getLong("held")));
                });
        return out;
    }

    /** Procedure counts per agency, from the province's catalogue matched with DVCQG's. Not period-dependent. */
    Map<String, Counts> procedures() {
        Map<String, Counts> out = new HashMap<>();
        named.query("select l.ma_don_vi as agency, count(*) as procedures,"
                        + " sum(case when l.muc_do in (3, 4) then 1 else 0 end) as level34,"
                        + " sum(case when l.muc_do in (3, 4) and n.tich_hop then 1 else 0 end) as integrated"
                        + " from procedure_local l left join procedure_national n"
                        + " on n.ma_don_vi = l.ma_don_vi and n.ma_tthc = l.ma_tthc group by l.ma_don_vi",
                rs -> {
                    out.put(rs.getString("agency"), Counts.procedures(rs.getLong("procedures"), rs.getLong("level34"),
                            rs.getLong("integrated")));
                });
        return out;
    }

    /** Level 3/4 procedures DVCQG does not list for their agency, or lists as not integrated. */
    List<Gaps.ProcedureGap> procedureGaps() {
        return named.query("select l.ma_don_vi, l.ma_tthc, l.ten_tthc, n.ma_tthc as listed"
                        + " from procedure_local l left join procedure_national n"
                        + " on n.ma_don_vi = l.ma_don_vi and n.ma_tthc = l.ma_tthc"
                        + " where l.muc_do in (3, 4) and (n.ma_tthc is null or n.tich_hop = false)"
                        + " order by l.ma_don_vi, l.ma_tthc",
                (rs, i) -> new Gaps.ProcedureGap(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? Gaps.Why.NOT_LISTED : Gaps.Why.NOT_INTEGRATED));
    }

    /** Failed e-authentications of received online dossiers: agency → reason → count. */
    Map<String, Map<String, Long>> eauthFailures(LocalDate from, LocalDate to) {
        Map<String, Map<String, Long>> out = new LinkedHashMap<>();
        named.query("select coalesce(ma_don_vi, '') as agency, coalesce(eauth_reason, '') as reason, count(*) as n"
                        + " from transfer where" + RECEIVED + " and kenh = 2 and eauth_status = 'FAILED'"
                        + " group by coalesce(ma_don_vi, ''), coalesce(eauth_reason, '')",
                period(from, to), rs -> {
                    out.computeIfAbsent(rs.getString("agency"), k -> new HashMap<>())
                            .put(rs.getString("reason"), rs.getLong("n"));
                });
        return out;
    }

    /** The first {@code limit} held dossiers received in the period, by agency then dossier code. */
    List<Gaps.HeldDossier> held(LocalDate from, LocalDate to, int limit) {
        return named.query("select ma_ho_so, coalesce(ma_don_vi, ''), ma_tthc, coalesce(last_error, error_code)"
                        + " from transfer where state = 'HELD' and" + RECEIVED
                        + " order by ma_don_vi, ma_ho_so limit :limit",
                period(from, to).addValue("limit", limit),
                (rs, i) -> new Gaps.HeldDossier(rs.getString(1), rs.getString(2), rs.getString(3), cipher.readable(rs.getString(4))));
    }

    /**
     * Quarantined records whose status or reception date could not be read, so no indicator counts
     * them; those with a readable date outside the period are left out.
     */
    long quarantinedNotCounted(LocalDate from, LocalDate to) {
        Long n = named.queryForObject("select count(*) from transfer where state = 'QUARANTINED'"
                        + " and (trang_thai is null or ngay_tiep_nhan is null)"
                        + " and (ngay_tiep_nhan is null or (ngay_tiep_nhan >= :start and ngay_tiep_nhan < :end))",
                period(from, to), Long.class);
        return n == null ? 0 : n;
    }

    /** The latest reception date of a received dossier, or null for an empty ledger. */
    java.time.LocalDate latestReceived() {
        java.util.List<java.time.LocalDateTime> at = named.query("select max(ngay_tiep_nhan) from transfer where"
                        + " trang_thai is not null and trang_thai not in (1, 3)",
                (rs, i) -> rs.getObject(1, java.time.LocalDateTime.class));
        return at.isEmpty() || at.get(0) == null ? null : at.get(0).toLocalDate();
    }

    /** A period of reception days as the half-open interval [from, to + 1 day) that every query uses. */
    static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return new MapSqlParameterSource()
                .addValue("start", from.atStartOfDay())
                .addValue("end", to.plusDays(1).atStartOfDay());
    }
}
