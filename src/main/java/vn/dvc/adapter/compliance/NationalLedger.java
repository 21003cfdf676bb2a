package vn.dvc.adapter.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The national indicators' reads of the ledger (domain.md §8): one GROUP BY per family over the
 * facts written with each outcome, joined with the catalogue for the procedure's attributes; SQL
 * that runs unchanged on H2 and PostgreSQL. Keyed by the code each dossier carried ("" for none).
 */
@Repository
class NationalLedger {

    private static final String RECEIVED_STATUS = " t.trang_thai is not null and t.trang_thai not in (1, 3)";
    private static final String CATALOGUE = " from transfer t left join procedure_national n"
            + " on n.ma_don_vi = t.ma_don_vi and n.ma_tthc = t.ma_tthc"
            + " left join procedure_local l on l.ma_don_vi = t.ma_don_vi and l.ma_tthc = t.ma_tthc";
    /** An electronic result, or none needed: the procedure's result is not a paper document. */
    private static final String E_RESULT_OR_NOT_PAPER = "(coalesce(n.ket_qua_giay, false) = false or t.ket_qua_dien_tu)";

    private final NamedParameterJdbcTemplate named;

    NationalLedger(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Counts over dossiers received in the period, per agency code. */
    Map<String, NationalCounts> received(LocalDate from, LocalDate to) {
        Map<String, NationalCounts> out = new HashMap<>();
        named.query("select coalesce(t.ma_don_vi, '') as agency, count(*),"
                        + " sum(case when t.tep_nop is not null then 1 else 0 end),"
                        + " sum(case when t.at_portal then 1 else 0 end),"
                        + " sum(case when t.kenh = 2 and " + E_RESULT_OR_NOT_PAPER + " then 1 else 0 end),"
                        + " sum(case when t.kenh is null or t.kenh = 1 then 1 else 0 end),"
                        + " sum(case when t.kenh = 3 then 1 else 0 end),"
                        + " sum(case when n.ket_qua_giay is not null then 1 else 0 end),"
                        + " sum(case when n.ket_qua_giay then 1 else 0 end),"
                        + " sum(case when n.ket_qua_giay and t.tep_ket_qua then 1 else 0 end),"
                        + " sum(case when t.tep_nop and " + E_RESULT_OR_NOT_PAPER + " then 1 else 0 end),"
                        + " sum(case when t.so_hoa then 1 else 0 end),"
                        + " sum(case when t.kho_dmqg then 1 else 0 end),"
                        + " sum(case when t.eauth_status = 'PASSED' or t.kho_dmqg or t.csdl_dan_cu then 1 else 0 end),"
                        + " sum(case when l.co_phi is not null then 1 else 0 end),"
                        + " sum(case when l.co_phi and t.tong_le_phi > 0 then 1 else 0 end),"
                        + " sum(case when l.co_phi and t.tong_le_phi > 0 and t.thanh_toan_tt then 1 else 0 end)"
                        + CATALOGUE + " where t.ngay_tiep_nhan >= :start and t.ngay_tiep_nhan < :end and" + RECEIVED_STATUS
                        + " group by coalesce(t.ma_don_vi, '')",
                period(from, to), rs -> {
                    long[] v = new long[16];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = rs.getLong(i + 2);
                    }
                    out.put(rs.getString(1), NationalCounts.dossiers(v));
                });
        return out;
    }

    /**
     * 2.1's counts: dossiers received in the period, or received before it and not ended before it
     * starts; on time when the end by §8's rule (the period's end, or {@code asOf} if earlier, for
     * one not ended by then) is no later than {@code NgayHenTra} plus the citizen's supplement time,
     * and never with more than one request for supplement. A dossier without {@code NgayHenTra} has
     * no deadline to miss. Rows without the national facts fall back to {@code NgayKetThucXuLy}.
     */
    Map<String, NationalCounts> timeliness(LocalDate from, LocalDate to, LocalDateTime asOf) {
        String end = "coalesce(t.ket_thuc_766, case when t.so_lan_bo_sung is null and t.trang_thai in (9, 10)"
                + " then t.ngay_ket_thuc end)";
        String deadline = "coalesce(t.han_766, t.ngay_hen_tra)";
        Map<String, NationalCounts> out = new HashMap<>();
        named.query("select coalesce(t.ma_don_vi, '') as agency, count(*),"
                        + " sum(case when coalesce(t.so_lan_bo_sung, 0) > 1 then 0 when " + deadline + " is null then 1"
                        + " when (case when " + end + " is not null and " + end + " < :end then " + end + " else :asOf end)"
                        + " <= " + deadline + " then 1 else 0 end)"
                        + " from transfer t where" + RECEIVED_STATUS + " and t.ngay_tiep_nhan < :end"
                        + " and (t.ngay_tiep_nhan >= :start or (t.so_lan_bo_sung is not null"
                        + " and (t.ket_thuc_766 is null or t.ket_thuc_766 >= :start)))"
                        + " group by coalesce(t.ma_don_vi, '')",
                period(from, to).addValue("asOf", asOf), rs -> {
                    out.put(rs.getString(1), NationalCounts.timeliness(rs.getLong(2), rs.getLong(3)));
                });
        return out;
    }

    /** Procedure counts per agency, with DVCQG's eligibility for toàn trình. Not period-dependent. */
    Map<String, NationalCounts> procedures() {
        Map<String, NationalCounts> out = new HashMap<>();
        named.query("select l.ma_don_vi, count(*),"
                        + " sum(case when l.muc_do in (3, 4) then 1 else 0 end),"
                        + " sum(case when l.muc_do = 4 then 1 else 0 end),"
                        + " sum(case when n.du_dieu_kien_toan_trinh is not null then 1 else 0 end),"
                        + " sum(case when n.du_dieu_kien_toan_trinh then 1 else 0 end),"
                        + " sum(case when n.du_dieu_kien_toan_trinh and l.muc_do = 4 then 1 else 0 end)"
                        + " from procedure_local l left join procedure_national n"
                        + " on n.ma_don_vi = l.ma_don_vi and n.ma_tthc = l.ma_tthc group by l.ma_don_vi",
                rs -> {
                    out.put(rs.getString(1), NationalCounts.procedures(rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5), rs.getLong(6), rs.getLong(7)));
                });
        return out;
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return LedgerFigures.period(from, to);
    }
}
