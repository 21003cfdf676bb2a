package vn.dvc.adapter.checks;

import java.util.List;

/** Field names of the portal's wire (domain.md §4), in the order the portal documents them. */
final class Fields {

    static final List<String> DOSSIER = List.of(
            "MaHoSo", "MaTTHC", "TenTTHC", "MaLinhVuc", "TenLinhVuc", "KenhThucHien", "ChuHoSo",
            "LoaiDoiTuong", "MaDoiTuong", "SoGiayToChuHoSo", "Email", "SoDienThoai", "TrichYeuHoSo",
            "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "TrangThaiHoSo", "NgayTra", "NgayKetThucXuLy",
            "DonViXuLy", "HinhThuc", "TaiKhoanDuocXacThucVoiVNeID", "DuocThanhToanTrucTuyen",
            "HoSoCoThanhPhanSoHoa", "GhiChu", "TaiLieuNop", "DanhSachLePhi", "DanhSachGiayToKetQua");

    static final List<String> PROGRESS = List.of(
            "MaHoSo", "NguoiXuLy", "ChucDanh", "ThoiDiemXuLy", "PhongBanXuLy", "NoiDungXuLy", "TrangThai",
            "NgayBatDau", "NgayKetThucTheoQuyDinh");

    static final List<String> DOSSIER_DATES = List.of(
            "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy");

    static final List<String> PROGRESS_DATES = List.of("ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh");

    /** Field limits the portal publishes (domain.md §4), in characters. */
    static final int TRICH_YEU_MAX = 1000;
    static final int NGUOI_XU_LY_MAX = 50;
    static final int TEN_TEP_MAX = 4000;
    static final int MA_HO_SO_MAX = 100;

    private Fields() {
    }
}
