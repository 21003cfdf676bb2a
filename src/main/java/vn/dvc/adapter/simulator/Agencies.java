package vn.dvc.adapter.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The Hòa Bình agency tree of the 2021-03 decision: 17 departments and 10 districts, with how many
 * level-3/4 procedures each publishes and how busy each is. Fixed data, independent of the seed, so
 * agency and procedure codes stay stable between runs and configurations.
 */
final class Agencies {

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
