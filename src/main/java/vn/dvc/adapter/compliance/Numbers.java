package vn.dvc.adapter.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** How shares and counts look when rendered: one decimal of a percent, Vietnamese or English separators. */
final class Numbers {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private Numbers() {
    }

    /**
     * A share as a spreadsheet cell: a percent with one decimal, no grouping, the language's decimal
     * mark (0.5123 → "51,2" in Vietnamese, "51.2" in English); null → "".
     */
    static String percentCell(Double share, boolean english) {
        return share == null ? "" : cell(rounded(share), english);
    }

    /** A decimal as a spreadsheet cell with {@code scale} decimals and the language's decimal mark: 5.4 → "5,40". */
    static String decimalCell(double value, int scale, boolean english) {
        return cell(BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP), english);
    }

    private static String cell(BigDecimal n, boolean english) {
        String plain = n.toPlainString();
        return english ? plain : plain.replace('.', ',');
    }

    /** A share for people: "51,2%" in Vietnamese, "51.2%" in English; null → "—". */
    static String percent(Double share, boolean english) {
        if (share == null) {
            return "—";
        }
        return decimal(english).format(rounded(share)) + "%";
    }

    /** A count with thousands separators: "1.234" in Vietnamese, "1,234" in English. */
    static String count(long n, boolean english) {
        DecimalFormat f = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : VI));
        return f.format(n);
    }

    /** Rounded half up on the share's shortest decimal form, so 0.5125 shows as 51.3, not 51.2. */
    private static BigDecimal rounded(double share) {
        return BigDecimal.valueOf(share).movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }

    private static DecimalFormat decimal(boolean english) {
        DecimalFormat f = new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : VI));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f;
    }
}
