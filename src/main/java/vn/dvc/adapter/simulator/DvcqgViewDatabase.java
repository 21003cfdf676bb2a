package vn.dvc.adapter.simulator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The views of the {@code dvcqg-view} profile (README "The dvcqg-view profile"), as a .NET one-stop
 * system's DBA makes them, here tables filled from the demo data: columns named as DVCQG's fields,
 * codes as the .NET systems keep them (KenhThucHien, LoaiDoiTuong, TrangThaiHoSo as integers), times
 * in local time (Asia/Ho_Chi_Minh) without a zone, and each row with the change time of its own row.
 */
public final class DvcqgViewDatabase {

    /** Columns of each view and their SQL types, in the README's order; "…Id" views are children keyed by MaHoSo. */
    static final Map<String, String> VIEWS = new LinkedHashMap<>();

    static {
        VIEWS.put("dvcqg_hoso", "MaHoSo varchar(100) primary key, MaDonVi varchar(50), CapNhatLuc timestamp, MaTTHC varchar(100),"
                + " TenTTHC varchar(1000), MaLinhVuc varchar(50), TenLinhVuc varchar(500), KenhThucHien integer, ChuHoSo varchar(500),"
                + " LoaiDoiTuong integer, MaDoiTuong varchar(50), SoGiayToChuHoSo varchar(50), ThongTinKhac text, Email varchar(200),"
                + " Fax varchar(50), SoDienThoai varchar(50), TrichYeuHoSo text, NgayNopHoSo timestamp, NgayTiepNhan timestamp,"
                + " NgayHenTra timestamp, TrangThaiHoSo integer, NgayTra timestamp, ThongTinTra text, NgayTuChoi timestamp,"
                + " NgayKetThucXuLy timestamp, DonViXuLy varchar(500), NoiNopHoSo varchar(500), HinhThuc varchar(2),"
                + " DuocThanhToanTrucTuyen varchar(2), HoSoCoThanhPhanSoHoa varchar(2), GhiChu text, PhuongThucXacThuc varchar(20),"
                + " IdToken text");
        VIEWS.put("dvcqg_tiendo", "MaHoSo varchar(100), CapNhatLuc timestamp, ThuTu integer, NguoiXuLy varchar(500),"
                + " ChucDanh varchar(500), ThoiDiemXuLy timestamp, PhongBanXuLy varchar(500), NoiDungXuLy text, TrangThai integer,"
                + " NgayBatDau timestamp, NgayKetThucTheoQuyDinh timestamp");
        VIEWS.put("dvcqg_dinhdanh", "MaHoSo varchar(100), CapNhatLuc timestamp, LoaiDinhDanh varchar(2), SoDinhDanh varchar(20)");
        VIEWS.put("dvcqg_ketnoicsdl", "MaHoSo varchar(100), CapNhatLuc timestamp, MaCSDL varchar(50)");
        VIEWS.put("dvcqg_tailieunop", "MaHoSo varchar(100), CapNhatLuc timestamp, TepDinhKemId varchar(100), TenTepDinhKem varchar(4000),"
                + " IsDeleted varchar(2), MaThanhPhanHoSo varchar(100), DuongDanTaiTepTin varchar(1000), DuocSoHoa varchar(2),"
                + " DuocTaiSuDung varchar(2), DuocLayTuKhoDMQG varchar(2), MaKetQuaThayThe varchar(100)");
        VIEWS.put("dvcqg_giaytoketqua", "MaHoSo varchar(100), CapNhatLuc timestamp, TenGiayTo varchar(1000), MaThanhPhanHoSo varchar(100),"
                + " GiayToId varchar(100), DuongDanTepTinKetQua varchar(1000), MaGiayToKetQua varchar(100)");
        VIEWS.put("dvcqg_lephi", "MaHoSo varchar(100), CapNhatLuc timestamp, TenPhiLePhi varchar(500), MaPhiLePhi varchar(100),"
                + " HinhThucThu varchar(2), Gia bigint, LoaiPhiLePhi varchar(2)");
        VIEWS.put("dvcqg_thutuc", "MaTTHC varchar(100), TenTTHC varchar(1000), MaDonVi varchar(50), MucDo integer, CoPhiLePhi boolean");
    }

    private final JdbcTemplate jdbc;

    public DvcqgViewDatabase(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public DvcqgViewDatabase create() {
        VIEWS.forEach((view, columns) -> jdbc.execute("create table " + view + " (" + columns + ")"));
        jdbc.execute("create index ix_tiendo_changed on dvcqg_tiendo (CapNhatLuc, MaHoSo)");
        jdbc.execute("create index ix_hoso_changed on dvcqg_hoso (CapNhatLuc, MaHoSo)");
        return this;
    }

    /** The catalogue and every demo dossier the typed columns can hold (those the contract refuses are left out). */
    public int fill(DemoData data) {
        List<Object[]> procedures = new ArrayList<>();
        data.procedures().forEach(p -> procedures.add(new Object[] {p.maTTHC(), p.tenTTHC(), p.maDonVi(), p.mucDo(), p.coPhiLePhi()}));
        jdbc.batchUpdate("insert into dvcqg_thutuc values (?,?,?,?,?)", procedures);
        Map<String, List<Object[]>> rows = new LinkedHashMap<>();
        VIEWS.keySet().forEach(v -> rows.put(v, new ArrayList<>()));
        int filled = 0;
        for (int i = 0; i < data.dossierCount(); i++) {
            if (!data.refused(i)) {
                add(data.dossier(i), rows);
                filled++;
            }
            if (i % 500 == 499 || i == data.dossierCount() - 1) {
                rows.forEach((view, list) -> {
                    if (!list.isEmpty()) {
                        jdbc.batchUpdate("insert into " + view + " values (" + "?,".repeat(list.get(0).length - 1) + "?)", list);
                        list.clear();
                    }
                });
            }
        }
        return filled;
    }

    private static void add(ObjectNode d, Map<String, List<Object[]>> rows) {
        String id = d.get("MaHoSo").asText();
        LocalDateTime at = OffsetDateTime.parse(d.get("CapNhatLuc").asText()).atZoneSameInstant(Wire.ZONE).toLocalDateTime();
        JsonNode auth = d.path("XacThuc");
        rows.get("dvcqg_hoso").add(new Object[] {id, d.get("MaDonVi").asText(), at, text(d, "MaTTHC"), text(d, "TenTTHC"),
                text(d, "MaLinhVuc"), text(d, "TenLinhVuc"), number(d, "KenhThucHien"), text(d, "ChuHoSo"), number(d, "LoaiDoiTuong"),
                text(d, "MaDoiTuong"), text(d, "SoGiayToChuHoSo"), text(d, "ThongTinKhac"), text(d, "Email"), text(d, "Fax"),
                text(d, "SoDienThoai"), text(d, "TrichYeuHoSo"), time(d, "NgayNopHoSo"), time(d, "NgayTiepNhan"),
                time(d, "NgayHenTra"), number(d, "TrangThaiHoSo"), time(d, "NgayTra"), text(d, "ThongTinTra"), time(d, "NgayTuChoi"),
                time(d, "NgayKetThucXuLy"), text(d, "DonViXuLy"), text(d, "NoiNopHoSo"), text(d, "HinhThuc"),
                text(d, "DuocThanhToanTrucTuyen"), text(d, "HoSoCoThanhPhanSoHoa"), text(d, "GhiChu"), text(auth, "PhuongThuc"),
                text(auth, "IdToken")});
        int order = 0;
        for (JsonNode p : d.path("TienDo")) {
            rows.get("dvcqg_tiendo").add(new Object[] {id, at, order++, text(p, "NguoiXuLy"), text(p, "ChucDanh"),
                    time(p, "ThoiDiemXuLy"), text(p, "PhongBanXuLy"), text(p, "NoiDungXuLy"), number(p, "TrangThai"),
                    time(p, "NgayBatDau"), time(p, "NgayKetThucTheoQuyDinh")});
        }
        d.path("DinhDanhCHS").forEach(x -> rows.get("dvcqg_dinhdanh").add(new Object[] {id, at, text(x, "LoaiDinhDanh"),
                text(x, "SoDinhDanh")}));
        d.path("DSKetNoiCSDL").forEach(x -> rows.get("dvcqg_ketnoicsdl").add(new Object[] {id, at, text(x, "MaCSDL")}));
        d.path("TaiLieuNop").forEach(f -> rows.get("dvcqg_tailieunop").add(new Object[] {id, at, text(f, "TepDinhKemId"),
                text(f, "TenTepDinhKem"), text(f, "IsDeleted"), text(f, "MaThanhPhanHoSo"), text(f, "DuongDanTaiTepTin"),
                text(f, "DuocSoHoa"), text(f, "DuocTaiSuDung"), text(f, "DuocLayTuKhoDMQG"), text(f, "MaKetQuaThayThe")}));
        d.path("DanhSachGiayToKetQua").forEach(r -> rows.get("dvcqg_giaytoketqua").add(new Object[] {id, at, text(r, "TenGiayTo"),
                text(r, "MaThanhPhanHoSo"), text(r, "GiayToId"), text(r, "DuongDanTepTinKetQua"), text(r, "MaGiayToKetQua")}));
        d.path("DanhSachLePhi").forEach(f -> rows.get("dvcqg_lephi").add(new Object[] {id, at, text(f, "TenPhiLePhi"),
                text(f, "MaPhiLePhi"), text(f, "HinhThucThu"), f.path("Gia").asLong(), text(f, "LoaiPhiLePhi")}));
    }

    /** An officer acts on a dossier: a new row of dvcqg_tiendo, the dossier's own row untouched. */
    public void addProgress(String maHoSo, int trangThai, String officer, String content, Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, Wire.ZONE);
        Integer next = jdbc.queryForObject("select coalesce(max(ThuTu), -1) + 1 from dvcqg_tiendo where MaHoSo = ?", Integer.class, maHoSo);
        jdbc.update("insert into dvcqg_tiendo (MaHoSo, CapNhatLuc, ThuTu, NguoiXuLy, ThoiDiemXuLy, NoiDungXuLy, TrangThai)"
                + " values (?,?,?,?,?,?,?)", maHoSo, local, next, officer, local, content, trangThai);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Integer number(JsonNode node, String field) {
        String v = text(node, field);
        return v == null || v.isEmpty() ? null : Integer.valueOf(v);
    }

    private static LocalDateTime time(JsonNode node, String field) {
        String v = text(node, field);
        return v == null || v.isEmpty() ? null : LocalDateTime.parse(v, java.time.format.DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    }
}
