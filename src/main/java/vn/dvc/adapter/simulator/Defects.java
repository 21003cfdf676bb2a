package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Breaks a good record in one of three realistic ways per {@link Defect} kind (the plan's variant).
 * MaHoSo and CapNhatLuc are never touched: the feed's order and cursors depend on them.
 */
final class Defects {

    private static final String[][] FIELDS = {
        {"MaTTHC", "ChuHoSo", "TrangThaiHoSo"},          // MISSING_FIELD
        {"KenhThucHien", "NgayHenTra", "NgayTiepNhan"},  // MALFORMED_FIELD
        {"TrangThaiHoSo", "KenhThucHien", "LoaiDoiTuong"}, // UNKNOWN_CODE
        {"NgayHenTra", "NgayTiepNhan", "NgayHenTra"},    // IMPOSSIBLE_DATE
        {"TrichYeuHoSo", "TienDo.NguoiXuLy", "TrichYeuHoSo"}, // OVERSIZED_TEXT
        {"ChuHoSo", "TrichYeuHoSo", "ChuHoSo"},          // NOT_NFC (variant 0 and 2 touch both)
    };

    private Defects() {}

    /** The field a defect of this kind and variant touches. */
    static String field(Defect defect, int variant) {
        return FIELDS[defect.ordinal()][variant];
    }

    static String fields(Defect defect) {
        return String.join(",", new LinkedHashSet<>(List.of(FIELDS[defect.ordinal()])));
    }

    static void apply(ObjectNode d, Plan plan) {
        if (plan.defect() == null) {
            return;
        }
        int v = plan.defectVariant();
        String field = field(plan.defect(), v);
        switch (plan.defect()) {
            case MISSING_FIELD -> d.remove(field);
            case MALFORMED_FIELD -> d.put(field, switch (v) {
                case 0 -> "hai";
                case 1 -> local(plan.times().due()).format(DateTimeFormatter.ISO_LOCAL_DATE);
                default -> local(plan.times().received()).format(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
            });
            case UNKNOWN_CODE -> d.put(field, v == 0 ? 11 : v == 1 ? 7 : 9);
            case IMPOSSIBLE_DATE -> d.put(field, switch (v) {
                case 0 -> local(plan.times().due()).getYear() + "1345000000";
                case 1 -> Wire.date(plan.times().submitted().minusSeconds(86_400L * (3 + plan.index() % 7)));
                default -> local(plan.times().due()).getYear() + "0230" + "090000";
            });
            case OVERSIZED_TEXT -> oversize(d, v);
            case NOT_NFC -> {
                nfd(d, "ChuHoSo");
                nfd(d, "TrichYeuHoSo");
            }
        }
    }

    private static void oversize(ObjectNode d, int variant) {
        if (variant == 1 && d.path("TienDo").size() > 0) {
            ObjectNode first = (ObjectNode) d.get("TienDo").get(0);
            String officer = first.path("NguoiXuLy").asText() + " - " + first.path("ChucDanh").asText() + ", "
                + first.path("PhongBanXuLy").asText() + " ";
            first.put("NguoiXuLy", repeatTo(officer, 60)); // the full signature block pasted into a name field
            return;
        }
        d.put("TrichYeuHoSo", repeatTo(d.path("TrichYeuHoSo").asText() + "; ", 1200)); // pasted application letter
    }

    private static void nfd(ObjectNode d, String field) {
        JsonNode value = d.get(field);
        if (value != null && value.isTextual()) {
            d.put(field, Normalizer.normalize(value.asText(), Normalizer.Form.NFD));
        }
    }

    private static String repeatTo(String unit, int length) {
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        return s.substring(0, length);
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, Wire.ZONE);
    }
}
