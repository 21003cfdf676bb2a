package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;

/** TienDo: 1–5 progress entries whose TrangThai lead to the dossier's status, last one at CapNhatLuc. */
final class ProgressBuilder {

    private static final Map<String, String> DISTRICT_OFFICE = Map.of(
        "H-HT", "Phòng Tư pháp", "H-CT", "Phòng Tư pháp", "H-DD", "Phòng Tài nguyên và Môi trường",
        "H-XD", "Phòng Kinh tế - Hạ tầng", "H-HKD", "Phòng Tài chính - Kế hoạch",
        "H-LTHH", "Phòng Kinh tế - Hạ tầng", "H-BTXH", "Phòng Lao động - Thương binh và Xã hội",
        "H-GD", "Phòng Giáo dục và Đào tạo", "H-ATTP", "Phòng Y tế");

    private enum Role { DESK, SPECIALIST, HEAD, LEADER }

    private final long seed;

    ProgressBuilder(long seed) {
        this.seed = seed;
    }

    ArrayNode build(Plan plan, String maHoSo, SplittableRandom r) {
        // steps between reception and the end are spread evenly; 2, 9 and the last step have fixed times
        int[] path = withSupplements(path(plan.status(), r), plan.supplements(), plan.status());
        Timeline t = plan.times();
        Instant end = plan.finished() ? t.finished() : t.updated();
        int middle = 0;
        for (int s : path) {
            middle += s != 2 && s != 9 && s != 10 ? 1 : 0;
        }
        if (path[path.length - 1] != 9 && path[path.length - 1] != 10) {
            middle--; // the last step is pinned to CapNhatLuc
        }
        ArrayNode entries = JsonNodeFactory.instance.arrayNode();
        Instant previous = t.received();
        int m = 0;
        for (int i = 0; i < path.length; i++) {
            int s = path[i];
            Instant at;
            if (i == path.length - 1) {
                at = t.updated();
            } else if (s == 2) {
                at = t.received();
            } else if (s == 9) {
                at = t.finished();
            } else {
                m++;
                at = t.received().plus(Duration.between(t.received(), end).multipliedBy(m).dividedBy(middle + 1));
            }
            entries.add(entry(plan, maHoSo, s, i, previous, at, r));
            previous = at;
        }
        return entries;
    }

    /** A finished dossier asked for more papers k times: each request (5) and the review after it (4). */
    private static int[] withSupplements(int[] path, int requests, int status) {
        if (requests == 0 || status == 5) {
            return path;
        }
        int[] out = new int[path.length + 2 * requests];
        out[0] = path[0];
        out[1] = path[1];
        for (int k = 0; k < requests; k++) {
            out[2 + 2 * k] = 5;
            out[3 + 2 * k] = 4;
        }
        System.arraycopy(path, 2, out, 2 + 2 * requests, path.length - 2);
        return out;
    }

    private static int[] path(int status, SplittableRandom r) {
        boolean twice = r.nextBoolean(); // a second round of review happens
        return switch (status) {
            case 4 -> twice ? new int[] {2, 4, 4} : new int[] {2, 4};
            case 5, 6, 8 -> new int[] {2, 4, status};
            case 7 -> twice ? new int[] {2, 4, 7} : new int[] {2, 7};
            case 9 -> twice ? new int[] {2, 4, 4, 9} : new int[] {2, 4, 9};
            case 10 -> twice ? new int[] {2, 4, 4, 9, 10} : new int[] {2, 4, 9, 10};
            default -> new int[] {status};
        };
    }

    private ObjectNode entry(Plan plan, String maHoSo, int status, int step, Instant start, Instant at,
                             SplittableRandom r) {
        Role role = switch (status) {
            case 1, 2, 3, 10 -> Role.DESK;
            case 4 -> step <= 1 ? Role.SPECIALIST : Role.HEAD;
            case 5, 6 -> Role.SPECIALIST;
            case 7, 8 -> Role.HEAD;
            default -> Role.LEADER;
        };
        boolean district = plan.agency().tier() != Tier.DEPARTMENT;   // a district or a commune
        ObjectNode e = JsonNodeFactory.instance.objectNode();
        e.put("MaHoSo", maHoSo);
        e.put("NguoiXuLy", officer(plan.agencyPosition(), role, r.nextInt(role == Role.SPECIALIST ? 6 : 3)));
        e.put("ChucDanh", title(role, district, plan.agency().name().startsWith("Ban")));
        e.put("ThoiDiemXuLy", Wire.date(at));
        e.put("PhongBanXuLy", office(plan, role, district));
        e.put("NoiDungXuLy", content(status, step, plan.channel()));
        e.put("TrangThai", String.valueOf(status));   // codes are strings on the wire, as every public client sends them
        e.put("NgayBatDau", Wire.date(start));
        e.put("NgayKetThucTheoQuyDinh", Wire.date(plan.times().due()));
        return e;
    }

    /** A small stable staff per agency: the same officers appear across its dossiers. */
    private String officer(int agencyPosition, Role role, int slot) {
        return People.person(Seeds.random(seed, agencyPosition * 100L + role.ordinal() * 10L + slot, 9)).name();
    }

    private static String title(Role role, boolean district, boolean board) {
        return switch (role) {
            case DESK -> "Công chức Bộ phận Một cửa";
            case SPECIALIST -> "Chuyên viên";
            case HEAD -> "Trưởng phòng";
            case LEADER -> district ? "Phó Chủ tịch UBND" : board ? "Phó Trưởng ban" : "Phó Giám đốc Sở";
        };
    }

    private static String office(Plan plan, Role role, boolean district) {
        return switch (role) {
            case DESK -> district ? "Bộ phận Một cửa" : "Trung tâm Phục vụ hành chính công tỉnh";
            case LEADER -> district ? "Lãnh đạo UBND" : "Ban Giám đốc";
            default -> district
                ? DISTRICT_OFFICE.getOrDefault(plan.procedure().maLinhVuc(), "Văn phòng HĐND và UBND")
                : plan.procedure().tenLinhVuc().length() <= 30 ? "Phòng " + plan.procedure().tenLinhVuc()
                : "Phòng Nghiệp vụ";
        };
    }

    private static String content(int status, int step, int channel) {
        return switch (status) {
            case 1 -> "Hồ sơ đăng ký trực tuyến, chờ tiếp nhận";
            case 2 -> "Tiếp nhận hồ sơ, chuyển phòng chuyên môn xử lý";
            case 3 -> "Từ chối tiếp nhận: hồ sơ không đủ thành phần theo quy định";
            case 4 -> step <= 1 ? "Thẩm định hồ sơ" : "Trình lãnh đạo phê duyệt";
            case 5 -> "Yêu cầu bổ sung: bản sao giấy tờ chưa được chứng thực";
            case 6 -> "Thông báo thực hiện nghĩa vụ tài chính";
            case 7 -> "Công dân đề nghị rút hồ sơ";
            case 8 -> "Dừng xử lý theo đề nghị của cơ quan có thẩm quyền";
            case 9 -> "Phê duyệt kết quả, chuyển Bộ phận Một cửa trả kết quả";
            default -> channel == 3 ? "Trả kết quả qua dịch vụ bưu chính công ích" : "Trả kết quả cho công dân";
        };
    }
}
