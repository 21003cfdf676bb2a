package vn.dvc.adapter.checks;

import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The wire's {@code yyyyMMddHHmmss} dates, in Asia/Ho_Chi_Minh time (domain.md §2). */
public final class WireDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private WireDates() {
    }

    /**
     * The date, or null when the text is not a real {@code yyyyMMddHHmmss} date. Accepts exactly
     * what {@link #FORMAT} (strict) accepts; read by hand because a dossier carries some twenty dates
     * and the formatter was a tenth of the adapter's time.
     */
    public static LocalDateTime parse(String text) {
        if (text == null || text.length() != 14) {
            return null;
        }
        for (int i = 0; i < 14; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 4, 2);
        int day = number(text, 6, 2);
        int hour = number(text, 8, 2);
        int minute = number(text, 10, 2);
        int second = number(text, 12, 2);
        if (month < 1 || month > 12 || day < 1 || day > Month.of(month).length(Year.isLeap(year))
                || hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /** The number the ASCII digits at {@code from..from+width} spell (the caller checked they are digits). */
    static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }
}
