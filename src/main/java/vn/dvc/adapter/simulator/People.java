package vn.dvc.adapter.simulator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/** Vietnamese names, identity numbers and contacts, weighted towards Hòa Bình's Mường surnames. */
final class People {

    private static final String[] FAMILY = nfc("Bùi", "Bùi", "Bùi", "Đinh", "Đinh", "Quách", "Hà", "Hà", "Xa",
        "Bạch", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Đỗ", "Ngô",
        "Dương", "Lò", "Sa", "Cao", "Trương");
    private static final String[] MIDDLE_MALE = nfc("Văn", "Văn", "Văn", "Đức", "Minh", "Quang", "Hữu",
        "Thanh", "Công", "Xuân", "Tiến", "Mạnh");
    private static final String[] MIDDLE_FEMALE = nfc("Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
        "Phương", "Hồng", "Thúy", "Kim");
    private static final String[] GIVEN_MALE = nfc("An", "Bình", "Cường", "Dũng", "Đức", "Giang", "Hải",
        "Hiếu", "Hùng", "Khánh", "Long", "Mạnh", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Toàn", "Trung",
        "Tuấn", "Việt", "Vinh", "Khoa", "Lực", "Đạt");
    private static final String[] GIVEN_FEMALE = nfc("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hoa",
        "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc", "Nhung", "Oanh", "Phương", "Thảo", "Thủy", "Trang",
        "Uyên", "Yến", "Huyền", "Loan");
    private static final String[] COMPANY_KIND = nfc("Công ty TNHH", "Công ty TNHH", "Công ty Cổ phần",
        "Công ty TNHH MTV", "Hợp tác xã", "Doanh nghiệp tư nhân");
    private static final String[] TRADE = nfc("Thương mại và Dịch vụ", "Xây dựng", "Nông sản", "Vận tải",
        "Du lịch", "Đầu tư và Phát triển", "Vật liệu xây dựng", "Chè", "Cam", "Thủy điện");
    private static final String[] PLACE = nfc("Hòa Bình", "Sông Đà", "Mường Động", "Kim Bôi", "Tây Bắc",
        "Thung Nai", "Đà Giang", "Mai Châu", "Cao Phong", "Lương Sơn", "Hòa Lạc");
    private static final String[] COMMUNE = nfc("Trung Minh", "Dân Chủ", "Thống Nhất", "Hợp Thành",
        "Phong Phú", "Mường Chiềng", "Tú Sơn", "Yên Lập", "Ân Nghĩa", "Hữu Lợi");
    private static final String[] PHONE_PREFIX = {"03", "05", "07", "08", "09"};
    private static final String[] MAIL = {"gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com"};

    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private People() {}

    record Person(String name, String idNumber, boolean male) {}

    static Person person(SplittableRandom r) {
        boolean male = r.nextBoolean();
        String name = pick(r, FAMILY) + " " + pick(r, male ? MIDDLE_MALE : MIDDLE_FEMALE) + " "
            + pick(r, male ? GIVEN_MALE : GIVEN_FEMALE);
        return new Person(name, idNumber(r, male), male);
    }

    /** CCCD: province of birth (017 = Hòa Bình), century-and-sex digit, year, six random digits. */
    static String idNumber(SplittableRandom r, boolean male) {
        int year = 1945 + r.nextInt(62);
        int centurySex = (year >= 2000 ? 2 : 0) + (male ? 0 : 1);
        String province = r.nextInt(10) < 8 ? "017" : Wire.padded(1 + r.nextInt(96), 3);
        return province + centurySex + Wire.padded(year % 100, 2) + Wire.padded(r.nextInt(1_000_000), 6);
    }

    static String organisation(SplittableRandom r, int loaiDoiTuong) {
        return switch (loaiDoiTuong) {
            case 2 -> pick(r, COMPANY_KIND) + " " + pick(r, TRADE) + " " + pick(r, PLACE);
            case 3 -> ProcedureField.nfc("UBND xã ") + pick(r, COMMUNE);
            default -> ProcedureField.nfc("Hội Nông dân xã ") + pick(r, COMMUNE);
        };
    }

    /** Tax code of a Hòa Bình enterprise (prefix 54). */
    static String taxCode(SplittableRandom r) {
        return "54" + Wire.padded(r.nextInt(100_000_000), 8);
    }

    static String phone(SplittableRandom r) {
        return pick(r, PHONE_PREFIX) + Wire.padded(r.nextInt(100_000_000), 8);
    }

    static String email(SplittableRandom r, String name) {
        String[] parts = ascii(name).split(" ");
        StringBuilder local = new StringBuilder(parts[parts.length - 1]);
        for (int i = 0; i < parts.length - 1; i++) {
            local.append(parts[i].charAt(0));
        }
        return local.append(r.nextInt(100)).append('@').append(pick(r, MAIL)).toString();
    }

    static String ascii(String text) {
        String stripped = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    static String pick(SplittableRandom r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    static String[] nfc(String... values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = Normalizer.normalize(values[i], Normalizer.Form.NFC);
        }
        return out;
    }
}
