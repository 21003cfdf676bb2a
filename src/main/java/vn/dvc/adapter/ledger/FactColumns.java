package vn.dvc.adapter.ledger;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.checks.NationalFacts;

/**
 * A dossier's facts as the {@code transfer} row's columns, each bound by its column's name: one
 * place for the insert, the update and the refill, so a column added to one is in all three.
 */
final class FactColumns {

    /** The columns, in the order {@link #bind} adds them. */
    static final List<String> NAMES = List.of(bind(new MapSqlParameterSource(), Facts.NONE).getParameterNames());
    /** "ma_don_vi, ma_tthc, …" */
    static final String LIST = String.join(", ", NAMES);
    /** ":ma_don_vi, :ma_tthc, …" */
    static final String VALUES = NAMES.stream().map(c -> ":" + c).collect(Collectors.joining(", "));
    /** "ma_don_vi=:ma_don_vi, …" */
    static final String SETS = NAMES.stream().map(c -> c + "=:" + c).collect(Collectors.joining(", "));

    private FactColumns() {}

    /** Adds the facts' columns to {@code p}; a part the record lacks (a refused record's) is null. */
    static MapSqlParameterSource bind(MapSqlParameterSource p, Facts f) {
        p.addValue("ma_don_vi", f.maDonVi())
                .addValue("ma_tthc", f.maTTHC())
                .addValue("kenh", f.kenh())
                .addValue("trang_thai", f.trangThai())
                .addValue("ngay_tiep_nhan", f.ngayTiepNhan())
                .addValue("ngay_hen_tra", f.ngayHenTra())
                .addValue("ngay_ket_thuc", f.ngayKetThuc())
                .addValue("muc_do", f.mucDo())
                .addValue("integration", f.integration())
                .addValue("eauth_status", f.eauth() == null ? null : f.eauth().status().name())
                .addValue("eauth_reason", f.eauth() == null ? null : f.eauth().reason());
        // the national scoring's (V7, checks/NationalFacts)
        NationalFacts n = f.national();
        return p.addValue("ket_qua_dien_tu", n == null ? null : n.electronicResult())
                .addValue("tep_ket_qua", n == null ? null : n.resultFile())
                .addValue("tep_nop", n == null ? null : n.filesSubmitted())
                .addValue("so_hoa", n == null ? null : n.digitised())
                .addValue("tai_su_dung", n == null ? null : n.reused())
                .addValue("kho_dmqg", n == null ? null : n.fromStore())
                .addValue("csdl_dan_cu", n == null ? null : n.populationDb())
                .addValue("thanh_toan_tt", n == null ? null : n.paidOnline())
                .addValue("tong_le_phi", n == null ? null : n.fees())
                .addValue("so_lan_bo_sung", n == null ? null : n.supplements())
                .addValue("thoi_gian_bo_sung", n == null ? null : n.supplementSeconds())
                .addValue("ket_thuc_766", n == null ? null : n.end())
                .addValue("han_766", n == null ? null : n.deadline());
    }
}
