package vn.dvc.adapter.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hòa Bình agency tree of the 2021-03 decision: 17 departments and 10 districts, with how many
 * level-3/4 procedures each publishes and how busy each is; and the tree after the merger of
 * 2025-07-01 (domain.md §7): Phú Thọ's ({@code H44}) merged departments and, for each abolished
 * district, the commune or ward that took over its seat. Fixed data, independent of the seed, so
 * agency and procedure codes stay stable between runs and configurations
 * ({@code config/targets-phutho.yaml} holds the same tree).
 */
final class Agencies {

    /** The first day of the two-level government: dossiers received from then carry the new codes. */
    static final java.time.LocalDate MERGER = java.time.LocalDate.of(2025, 7, 1);

    /** Phú Thọ's departments after the merger, and the Hòa Bình departments (positions) each took over. */
    static final String[] MERGED_DEPARTMENTS = {
        "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương", "Sở Xây dựng", "Sở Nông nghiệp và Môi trường",
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ", "Sở Dân tộc và Tôn giáo", "Ban Quản lý các khu công nghiệp"};
    /** For each Hòa Bình department (by position), the merged department (by position) it went to. */
    static final int[] DEPARTMENT_SUCCESSOR = {0, 0, 1, 2, 3, 3, 4, 4, 1, 5, 6, 7, 8, 9, 9, 10, 11};

    /** The commune or ward at each former district's seat, which took over its one-stop counter. */
    static final String[] COMMUNES = {
        "UBND phường Hòa Bình", "UBND xã Đà Bắc", "UBND xã Kim Bôi", "UBND xã Cao Phong", "UBND xã Tân Lạc",
        "UBND xã Mai Châu", "UBND xã Lạc Sơn", "UBND xã Yên Thủy", "UBND xã Lạc Thủy", "UBND xã Lương Sơn"};

    static final String[] DEPARTMENTS = {
        "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nội vụ", "Sở Công Thương",
        "Sở Giao thông vận tải", "Sở Xây dựng", "Sở Tài nguyên và Môi trường",
        "Sở Nông nghiệp và Phát triển nông thôn", "Sở Lao động - Thương binh và Xã hội",
        "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tư pháp", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông", "Ban Dân tộc",
        "Ban Quản lý các khu công nghiệp"};

    /** Level-3/4 procedures per department; the decision's total is 841. */
    static final int[] DEPARTMENT_ONLINE = {85, 28, 52, 98, 72, 40, 66, 74, 58, 45, 82, 48, 42, 22, 18, 5, 6};

    static final String[] DISTRICTS = {
        "UBND Thành phố Hòa Bình", "UBND huyện Đà Bắc", "UBND huyện Kim Bôi", "UBND huyện Cao Phong",
        "UBND huyện Tân Lạc", "UBND huyện Mai Châu", "UBND huyện Lạc Sơn", "UBND huyện Yên Thủy",
        "UBND huyện Lạc Thủy", "UBND huyện Lương Sơn"};

    static final int DISTRICT_ONLINE = 69;

    /** Relative dossier volume: land, driving licences, criminal records and civil status dominate. */
    private static final double[] DEPARTMENT_WEIGHT =
        {7, 1.5, 1.5, 5, 10, 3, 9, 4, 5, 3, 6, 8, 2, 1, 1, 0.3, 0.7};
    private static final double[] DISTRICT_WEIGHT = {9, 3.5, 4.5, 3.5, 4.5, 3.5, 5.5, 4, 4, 6};

    private Agencies() {}

    static List<Agency> all() {
        List<Agency> agencies = new ArrayList<>(DEPARTMENTS.length + DISTRICTS.length);
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            agencies.add(new Agency(code(i + 1), DEPARTMENTS[i], Tier.DEPARTMENT));
        }
        for (int i = 0; i < DISTRICTS.length; i++) {
            agencies.add(new Agency(code(21 + i), DISTRICTS[i], Tier.DISTRICT));
        }
        return List.copyOf(agencies);
    }

    static String code(int unit) {
        return String.format("000.00.%02d.H25", unit);
    }

    /** Phú Thọ's tree since the merger: 12 departments, then 10 communes (the former district seats). */
    static List<Agency> merged() {
        List<Agency> agencies = new ArrayList<>(MERGED_DEPARTMENTS.length + COMMUNES.length);
        for (int i = 0; i < MERGED_DEPARTMENTS.length; i++) {
            agencies.add(new Agency(String.format("000.00.%02d.H44", i + 1), MERGED_DEPARTMENTS[i], Tier.DEPARTMENT));
        }
        for (int i = 0; i < COMMUNES.length; i++) {
            agencies.add(new Agency(String.format("H44.%02d", 21 + i), COMMUNES[i], Tier.COMMUNE));
        }
        return List.copyOf(agencies);
    }

    /** The position in {@link #merged()} of the agency that succeeded the one at this position of {@link #all()}. */
    static int successor(int position) {
        return position < DEPARTMENTS.length ? DEPARTMENT_SUCCESSOR[position]
            : MERGED_DEPARTMENTS.length + position - DEPARTMENTS.length;
    }

    /** Level-3/4 procedures of the agency at this position of {@link #all()}. */
    static int onlineProcedures(int position) {
        return position < DEPARTMENTS.length ? DEPARTMENT_ONLINE[position] : DISTRICT_ONLINE;
    }

    /** Information-only (level 2) procedures: a handful per agency, uneven. */
    static int levelTwoProcedures(int position) {
        return position < DEPARTMENTS.length ? 2 + (position * 5) % 9 : 3 + position % 3;
    }

    static double weight(int position) {
        return position < DEPARTMENTS.length
            ? DEPARTMENT_WEIGHT[position]
            : DISTRICT_WEIGHT[position - DEPARTMENTS.length];
    }
}
