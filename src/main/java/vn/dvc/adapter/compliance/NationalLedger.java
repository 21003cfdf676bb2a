package vn.dvc.adapter.compliance;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.compliance.NationalCounts.Count;

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

    /** Each count over dossiers received in the period, by name: what it sums per dossier. */
    private static final Map<Count, String> RECEIVED_COUNTS = sums(
            entry(Count.RECEIVED, "1"),
            entry(Count.WITH_FACTS, "t.tep_nop is not null"),
            entry(Count.SYNCED, "t.at_portal"),
            entry(Count.ONLINE_SCORED, "t.kenh = 2 and " + E_RESULT_OR_NOT_PAPER),
            entry(Count.IN_PERSON, "t.kenh is null or t.kenh = 1"),
            entry(Count.POSTAL, "t.kenh = 3"),
            entry(Count.PAPER_KNOWN, "n.ket_qua_giay is not null"),
            entry(Count.PAPER, "n.ket_qua_giay"),
            entry(Count.PAPER_WITH_FILE, "n.ket_qua_giay and t.tep_ket_qua"),
            entry(Count.DIGITISED, "t.tep_nop and " + E_RESULT_OR_NOT_PAPER),
            entry(Count.REUSED, "t.so_hoa"),
            entry(Count.FROM_STORE, "t.kho_dmqg"),
            entry(Count.POPULATION, "t.eauth_status = 'PASSED' or t.kho_dmqg or t.csdl_dan_cu"),
            entry(Count.FEE_KNOWN, "l.co_phi is not null"),
            entry(Count.FEE_BEARING, "l.co_phi and t.tong_le_phi > 0"),
            entry(Count.PAID_ONLINE, "l.co_phi and t.tong_le_phi > 0 and t.thanh_toan_tt"));

    /** Procedure counts by name, over the catalogue. */
    private static final Map<Count, String> PROCEDURE_COUNTS = sums(
            entry(Count.PROCEDURES, "1"),
            entry(Count.LEVEL34, "l.muc_do in (3, 4)"),
            entry(Count.TOAN_TRINH, "l.muc_do = 4"),
            entry(Count.ELIGIBLE_KNOWN, "n.du_dieu_kien_toan_trinh is not null"),
            entry(Count.ELIGIBLE, "n.du_dieu_kien_toan_trinh"),
            entry(Count.ELIGIBLE_TOAN_TRINH, "n.du_dieu_kien_toan_trinh and l.muc_do = 4"));

    private final NamedParameterJdbcTemplate named;

    NationalLedger(JdbcTemplate jdbc) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** Counts over dossiers received in the period, per agency code. */
    Map<String, NationalCounts> received(LocalDate from, LocalDate to) {
        return counted("select coalesce(t.ma_don_vi, '') as agency, " + select(RECEIVED_COUNTS) + CATALOGUE
                + " where t.ngay_tiep_nhan >= :start and t.ngay_tiep_nhan < :end and" + RECEIVED_STATUS
                + " group by coalesce(t.ma_don_vi, '')", period(from, to), RECEIVED_COUNTS.keySet());
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
        return counted("select coalesce(t.ma_don_vi, '') as agency, count(*),"
                        + " sum(case when coalesce(t.so_lan_bo_sung, 0) > 1 then 0 when " + deadline + " is null then 1"
                        + " when (case when " + end + " is not null and " + end + " < :end then " + end + " else :asOf end)"
                        + " <= " + deadline + " then 1 else 0 end)"
                        + " from transfer t where" + RECEIVED_STATUS + " and t.ngay_tiep_nhan < :end"
                        + " and (t.ngay_tiep_nhan >= :start or (t.so_lan_bo_sung is not null"
                        + " and (t.ket_thuc_766 is null or t.ket_thuc_766 >= :start)))"
                        + " group by coalesce(t.ma_don_vi, '')",
                period(from, to).addValue("asOf", asOf), List.of(Count.DUE, Count.ON_TIME));
    }

    /** Procedure counts per agency, with DVCQG's eligibility for toàn trình. Not period-dependent. */
    Map<String, NationalCounts> procedures() {
        return counted("select l.ma_don_vi, " + select(PROCEDURE_COUNTS) + " from procedure_local l left join procedure_national n"
                + " on n.ma_don_vi = l.ma_don_vi and n.ma_tthc = l.ma_tthc group by l.ma_don_vi",
                new MapSqlParameterSource(), PROCEDURE_COUNTS.keySet());
    }

    /** Runs a query of an agency code and then the given counts, in their order. */
    private Map<String, NationalCounts> counted(String sql, MapSqlParameterSource params, Collection<Count> counts) {
        Map<String, NationalCounts> out = new HashMap<>();
        named.query(sql, params, rs -> {
            Map<Count, Long> values = new EnumMap<>(Count.class);
            int column = 2;
            for (Count count : counts) {
                values.put(count, rs.getLong(column++));
            }
            out.put(rs.getString(1), new NationalCounts(values));
        });
        return out;
    }

    /** What each count sums per row, in {@link Count}'s order (the columns' order). */
    @SafeVarargs
    private static Map<Count, String> sums(Map.Entry<Count, String>... sums) {
        return new EnumMap<>(Map.ofEntries(sums));
    }

    private static String select(Map<Count, String> sums) {
        return sums.values().stream().map(when -> "1".equals(when) ? "count(*)" : "sum(case when " + when + " then 1 else 0 end)")
                .collect(Collectors.joining(", "));
    }

    private static MapSqlParameterSource period(LocalDate from, LocalDate to) {
        return LedgerFigures.period(from, to);
    }
}
