package vn.dvc.adapter.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Field names of the portal's wire (domain.md §4), in the order the portal documents them: the
 * canonical order of the mapped dossier, so equal content serialises, and hashes, equal.
 */
public final class Fields {

    /** Every dossier field the public clients of one-stop systems send; each feeds some national indicator. */
    public static final List<String> DOSSIER = List.of(
            "MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "ChuHoSo",
            "LoaiDoiTuong", "MaDoiTuong", "SoGiayToChuHoSo", "DinhDanhCHS", "ThongTinKhac", "Email", "Fax",
            "SoDienThoai", "TrichYeuHoSo", "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTra",
            "ThongTinTra", "NgayTuChoi", "NgayKetThucXuLy", "DonViXuLy", "NoiNopHoSo", "HinhThuc",
            "TaiKhoanDuocXacThucVoiVNeID", "DuocThanhToanTrucTuyen", "HoSoCoThanhPhanSoHoa", "GhiChu", "DSKetNoiCSDL",
            "TaiLieuNop", "DanhSachLePhi", "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua");

    public static final List<String> PROGRESS = List.of(
            "MaHoSo", "NguoiXuLy", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy", "TrangThai",
            "NgayBatDau", "NgayKetThucTheoQuyDinh");

    /** The source's own fields (domain.md §3): read by the adapter, never sent as they are. */
    static final List<String> SOURCE_ONLY = List.of("MaDonVi", "CapNhatLuc", "XacThuc", "TienDo");

    /** Dossier fields that are lists of items: checked where a rule exists, passed on whole. */
    static final List<String> LISTS = List.of("DinhDanhCHS", "DSKetNoiCSDL", "TaiLieuNop", "DanhSachLePhi",
            "DanhSachTepDinhKemKhac", "DanhSachHoSoBoSung", "DanhSachGiayToKetQua");

    static final List<String> PROGRESS_DATES = List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh");

    /** A top-level field of a source record the contract does not know: the one-stop vendor added it. */
    static final Set<String> KNOWN_DOSSIER = known(DOSSIER, SOURCE_ONLY);
    static final Set<String> KNOWN_PROGRESS = known(PROGRESS, List.of());

    /** Field limits the portal publishes (domain.md §4), in characters. */
    static final int TRICH_YEU_MAX = 1000;
    static final int NGUOI_XU_LY_MAX = 50;
    static final int TEN_TEP_MAX = 4000;
    static final int MA_HO_SO_MAX = 100;

    private static Set<String> known(List<String> a, List<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Field names of {@code record} outside {@code known}, with {@code prefix}; most records have none. */
    static List<String> unknown(JsonNode record, Set<String> known, String prefix) {
        List<String> unknown = null;
        for (java.util.Iterator<String> names = record.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                if (unknown == null) {
                    unknown = new ArrayList<>(2);
                }
                unknown.add(prefix + name);
            }
        }
        return unknown == null ? List.of() : unknown;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private Fields() {
    }
}
