package vn.dvc.adapter;

/** Hand-made source records for route tests (domain.md §3). */
public final class Dossiers {

    private Dossiers() {
    }

    /** A valid in-person dossier with one progress entry; {@code extra} is spliced in as more JSON fields. */
    public static String valid(String maHoSo, String capNhatLuc, String extra) {
        return """
                {"MaHoSo":"%s","MaDonVi":"000.00.12.H25","CapNhatLuc":"%s",
                 "MaTTHC":"2.000477.000.00.12.H25","TenTTHC":"Cấp Phiếu lý lịch tư pháp","MaLinhVuc":"LLTP",
                 "TenLinhVuc":"Lý lịch tư pháp","KenhThucHien":"1","ChuHoSo":"Nguyễn Văn An","LoaiDoiTuong":"1",
                 "SoGiayToChuHoSo":"017090001234","SoDienThoai":"0912345678","Email":"an@example.vn",
                 "TrichYeuHoSo":"Cấp phiếu lý lịch tư pháp số 1","NgayNopHoSo":"20250304081500",
                 "NgayTiepNhan":"20250304081500","NgayHenTra":"20250311170000","TrangThaiHoSo":"4",
                 "XacThuc":{"PhuongThuc":"KHONG"},
                 "TienDo":[{"MaHoSo":"%s","NguoiXuLy":"Trần Thị Bình","ChucDanh":"Chuyên viên",
                            "ThoiDiemXuLy":"20250304081500","NoiDungXuLy":"Tiếp nhận hồ sơ","TrangThai":"2"}]%s}
                """.formatted(maHoSo, capNhatLuc, maHoSo, extra == null ? "" : "," + extra);
    }

    public static String page(String nextCursor, String... items) {
        return "{\"items\":[" + String.join(",", items) + "],\"nextCursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }
}
