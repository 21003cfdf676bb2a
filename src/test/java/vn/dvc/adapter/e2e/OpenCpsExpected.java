package vn.dvc.adapter.e2e;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the portal should hold for each dossier of an OpenCPS database: the README's mapping table of
 * the {@code opencps} profile, computed here from the rows in Java, apart from the profile's JSLT, so
 * a mistake in either shows as a difference.
 */
final class OpenCpsExpected {

    private static final DateTimeFormatter WIRE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, String> WORDS = Map.of("new", "1", "receiving", "2", "unresolved", "3", "processing", "4",
            "waiting", "5", "paying", "6", "cancelled", "7", "denied", "8", "releasing", "9", "done", "10");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    final Map<String, ObjectNode> dossiers = new LinkedHashMap<>();
    final Map<String, List<ObjectNode>> progress = new HashMap<>();
    /** Each dossier's agency (govAgencyCode): MaDonVi, the source's own field, is not sent. */
    final Map<String, String> agency = new HashMap<>();
    private final ZoneId zone;
    private final String fileUrl;

    /** @param zone the zone the database's timestamps are written in */
    OpenCpsExpected(JdbcTemplate db, ZoneId zone, String fileUrl) {
        this.zone = zone;
        this.fileUrl = fileUrl;
        Map<String, String> mapped = new HashMap<>();
        db.query("select serviceCode, serviceCodeDVCQG from opencps_serviceinfomapping", rs -> {
            mapped.put(rs.getString(1), rs.getString(2));
        });
        Map<Long, String> numbers = new HashMap<>();
        db.query("select * from opencps_dossier where dossierStatus is not null and dossierStatus <> ''", rs -> {
            long id = rs.getLong("dossierId");
            String no = rs.getString("dossierNo");
            numbers.put(id, no);
            ObjectNode d = NODES.objectNode();
            d.put("MaHoSo", no);
            String code = rs.getString("serviceCode");
            d.put("MaTTHC", mapped.getOrDefault(code, code));
            put(d, "TenTTHC", rs.getString("serviceName"));
            d.put("KenhThucHien", rs.getBoolean("online_") ? "2" : "1");
            put(d, "ChuHoSo", rs.getString("applicantName"));
            String type = rs.getString("applicantIdType");
            d.put("LoaiDoiTuong", "citizen".equals(type) ? "1" : "business".equals(type) ? "2" : "4");
            String idNo = rs.getString("applicantIdNo");
            put(d, "SoGiayToChuHoSo", idNo);
            if (idNo != null && idNo.matches("\\d{12}|\\d{9}")) {
                d.putArray("DinhDanhCHS").addObject().put("LoaiDinhDanh", idNo.length() == 12 ? "1" : "2").put("SoDinhDanh", idNo);
            }
            put(d, "Email", rs.getString("contactEmail"));
            put(d, "SoDienThoai", rs.getString("contactTelNo"));
            String name = rs.getString("dossierName");
            put(d, "TrichYeuHoSo", name == null || name.isEmpty() ? rs.getString("briefNote") : name);
            date(d, "NgayNopHoSo", rs.getObject("submitDate", LocalDateTime.class));
            date(d, "NgayTiepNhan", rs.getObject("receiveDate", LocalDateTime.class));
            date(d, "NgayHenTra", rs.getObject("dueDate", LocalDateTime.class));
            String word = rs.getString("dossierStatus");
            d.put("TrangThaiHoSo", WORDS.getOrDefault(word, word));
            date(d, "NgayTra", rs.getObject("finishDate", LocalDateTime.class));
            date(d, "NgayKetThucXuLy", rs.getObject("releaseDate", LocalDateTime.class));
            put(d, "DonViXuLy", rs.getString("govAgencyName"));
            d.put("HinhThuc", rs.getInt("viaPostal") >= 2 ? "1" : "0");
            d.put("DuocThanhToanTrucTuyen", "0");
            put(d, "GhiChu", rs.getString("dossierNote"));
            d.putArray("TaiLieuNop");
            d.putArray("DanhSachGiayToKetQua");
            d.putArray("DanhSachLePhi");
            d.put("TaiKhoanDuocXacThucVoiVNeID", "0");   // OpenCPS keeps no ID token
            dossiers.put(no, d);
            agency.put(no, rs.getString("govAgencyCode"));
            progress.put(no, new ArrayList<>());
        });
        db.query("select * from opencps_dossierfile where removed = false order by dossierId, dossierFileId", rs -> {
            ObjectNode d = dossiers.get(numbers.get(rs.getLong("dossierId")));
            if (d == null) {
                return;
            }
            String link = fileUrl.replace("{fileEntryId}", Long.toString(rs.getLong("fileEntryId")));
            if (rs.getInt("dossierPartType") == 2) {
                ((ArrayNode) d.get("DanhSachGiayToKetQua")).addObject().put("GiayToId", Long.toString(rs.getLong("dossierFileId")))
                        .put("TenGiayTo", rs.getString("displayName")).put("MaThanhPhanHoSo", rs.getString("dossierPartNo"))
                        .put("DuongDanTepTinKetQua", link);
            } else {
                ((ArrayNode) d.get("TaiLieuNop")).addObject().put("TepDinhKemId", Long.toString(rs.getLong("dossierFileId")))
                        .put("TenTepDinhKem", rs.getString("displayName")).put("IsDeleted", "0")
                        .put("MaThanhPhanHoSo", rs.getString("dossierPartNo")).put("DuongDanTaiTepTin", link);
            }
        });
        db.query("select * from opencps_paymentfile order by dossierId, paymentFileId", rs -> {
            ObjectNode d = dossiers.get(numbers.get(rs.getLong("dossierId")));
            if (d == null) {
                return;
            }
            String method = rs.getString("paymentMethod");
            ((ArrayNode) d.get("DanhSachLePhi")).addObject().put("TenPhiLePhi", rs.getString("paymentFee"))
                    .put("Gia", rs.getLong("paymentAmount")).put("HinhThucThu", "Keypay".equals(method) ? "2" : "1");
            if ("Keypay".equals(method) && rs.getObject("confirmDatetime") != null) {
                d.put("DuocThanhToanTrucTuyen", "2");
            }
        });
        db.query("select a.*, s.dossierStatus as stepStatus from opencps_dossieraction a left join opencps_processstep s"
                + " on s.serviceProcessId = a.serviceProcessId and s.stepCode = a.stepCode order by a.dossierId, a.createDate,"
                + " a.dossierActionId", rs -> {
            String no = numbers.get(rs.getLong("dossierId"));
            if (no == null) {
                return;
            }
            ObjectNode p = NODES.objectNode();
            p.put("MaHoSo", no);
            String user = rs.getString("actionUser");
            // the portal's limit on NguoiXuLy: cut to 50 characters by default, the original kept in the ledger
            put(p, "NguoiXuLy", user != null && user.length() > 50 ? user.substring(0, 49) + "…" : user);
            date(p, "ThoiDiemXuLy", rs.getObject("createDate", LocalDateTime.class));
            put(p, "PhongBanXuLy", rs.getString("stepName"));
            put(p, "NoiDungXuLy", rs.getString("actionName"));
            p.put("TrangThai", WORDS.get(rs.getString("stepStatus")));
            date(p, "NgayBatDau", rs.getObject("createDate", LocalDateTime.class));
            date(p, "NgayKetThucTheoQuyDinh", rs.getObject("dueDate", LocalDateTime.class));
            progress.get(no).add(p);
        });
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private void date(ObjectNode node, String field, LocalDateTime local) {
        if (local != null) {
            node.put(field, WIRE.format(local.atZone(zone).withZoneSameInstant(VN)));
        }
    }
}
