package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.function.Predicate;

/** The portal's validation of DongBoHoSoMC and CapNhatTienDoHoSoMC records; messages as the portal words them. */
final class DossierRules {

    static final int TRICH_YEU_MAX = 1000;
    static final int TEN_TEP_MAX = 4000;
    static final int NGUOI_XU_LY_MAX = 50;
    private static final String[] REQUIRED =
        {"MaHoSo", "MaTTHC", "ChuHoSo", "KenhThucHien", "TrangThaiHoSo", "NgayNopHoSo"};
    private static final String[] DATES = {"NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy"};
    private static final String[] PROGRESS_DATES = {"ThoiDiemXuLy", "NgayBatDau", "NgayKetThucTheoQuyDinh"};

    private DossierRules() {}

    /** Null when the dossier is acceptable, else what is wrong with it. */
    static String dossierProblem(JsonNode d, Predicate<String> catalogued, Set<String> rejected) {
        if (!d.isObject()) {
            return "không phải một hồ sơ (đối tượng JSON)";
        }
        for (String field : REQUIRED) {
            if (blank(d.get(field))) {
                return "thiếu trường bắt buộc " + field;
            }
        }
        String problem = code(d, "KenhThucHien", 3);
        problem = problem != null ? problem : code(d, "TrangThaiHoSo", 10);
        problem = problem != null ? problem : blank(d.get("LoaiDoiTuong")) ? null : code(d, "LoaiDoiTuong", 4);
        problem = problem != null ? problem : dates(d, DATES);
        if (problem != null) {
            return problem;
        }
        int trichYeu = length(d.get("TrichYeuHoSo"));
        if (trichYeu > TRICH_YEU_MAX) {
            return "TrichYeuHoSo dài " + trichYeu + " ký tự, vượt quá " + TRICH_YEU_MAX;
        }
        for (JsonNode file : d.path("TaiLieuNop")) {
            int name = length(file.get("TenTepDinhKem"));
            if (name > TEN_TEP_MAX) {
                return "TenTepDinhKem dài " + name + " ký tự, vượt quá " + TEN_TEP_MAX;
            }
        }
        String maTTHC = d.get("MaTTHC").asText();
        if (!catalogued.test(maTTHC)) {
            return "MaTTHC " + maTTHC + " không có trong danh mục thủ tục hành chính của Cổng DVCQG";
        }
        if (rejected.contains(d.get("MaHoSo").asText())) {
            return "dữ liệu không hợp lệ";
        }
        return null;
    }

    /** Null when the progress entry is well-formed (whether its dossier exists is the store's question). */
    static String progressProblem(JsonNode p) {
        if (!p.isObject()) {
            return "không phải một bản ghi tiến độ (đối tượng JSON)";
        }
        if (blank(p.get("MaHoSo"))) {
            return "thiếu trường bắt buộc MaHoSo";
        }
        int officer = length(p.get("NguoiXuLy"));
        if (officer > NGUOI_XU_LY_MAX) {
            return "NguoiXuLy dài " + officer + " ký tự, vượt quá " + NGUOI_XU_LY_MAX;
        }
        String problem = blank(p.get("TrangThai")) ? null : code(p, "TrangThai", 10);
        return problem != null ? problem : dates(p, PROGRESS_DATES);
    }

    /** A code from 1 to max, as a number or a numeric string (integration clients send both). */
    private static String code(JsonNode d, String field, int max) {
        JsonNode v = d.get(field);
        int value = v.isIntegralNumber() ? v.asInt(-1)
            : v.isTextual() && v.asText().matches("\\d{1,3}") ? Integer.parseInt(v.asText()) : -1;
        return value >= 1 && value <= max ? null : field + " không hợp lệ: " + v;
    }

    /** Absent, null and "" mean no date (OpenCPS sends ""); anything else must be a real yyyyMMddHHmmss. */
    private static String dates(JsonNode d, String[] fields) {
        for (String field : fields) {
            JsonNode v = d.get(field);
            if (!blank(v) && !(v.isTextual() && Wire.isDate(v.asText()))) {
                return field + " không phải ngày hợp lệ (yyyyMMddHHmmss): " + v;
            }
        }
        return null;
    }

    private static boolean blank(JsonNode v) {
        return v == null || v.isNull() || (v.isTextual() && v.asText().isBlank());
    }

    private static int length(JsonNode v) {
        return v == null || !v.isTextual() ? 0 : v.asText().codePointCount(0, v.asText().length());
    }
}
