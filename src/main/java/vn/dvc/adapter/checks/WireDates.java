package vn.dvc.adapter.checks;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The wire's {@code yyyyMMddHHmmss} dates, in Asia/Ho_Chi_Minh time (domain.md §2). */
public final class WireDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);

    private WireDates() {
    }

    /** The date, or null when the text is not a real {@code yyyyMMddHHmmss} date. */
    public static LocalDateTime parse(String text) {
        if (text == null || text.length() != 14) {
            return null;
        }
        try {
            return LocalDateTime.parse(text, FORMAT);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String format(LocalDateTime time) {
        return FORMAT.format(time);
    }
}
