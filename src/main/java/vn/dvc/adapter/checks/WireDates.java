package vn.dvc.adapter.checks;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** The wire's {@code yyyyMMddHHmmss} dates, in Asia/Ho_Chi_Minh time (domain.md §2). */
public final class WireDates {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withResolverStyle(ResolverStyle.STRICT);
    /** The instants {@link #isoText} writes by hand: whole seconds from year 0 to year 9999. */
    private static final long FIRST_OF_YEAR_0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long FIRST_OF_YEAR_10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private WireDates() {
    }

    /**
     * The date, or null when the text is not a real {@code yyyyMMddHHmmss} date. Accepts exactly
     * what {@link #FORMAT} (strict) accepts; read by hand because a dossier carries some twenty dates
     * and the formatter was a tenth of the adapter's time.
     */
    public static LocalDateTime parse(String text) {
        return text == null || text.length() != 14 ? null : read(text, 0, 4, 6, 8, 10, 12);
    }

    /**
     * The date and time whose fields start at these places of {@code text} (the year four digits,
     * the others two), or null when a field is not all ASCII digits or they make no real date.
     */
    static LocalDateTime read(String text, int year, int month, int day, int hour, int minute, int second) {
        int y = number(text, year, 4);
        int mo = number(text, month, 2);
        int d = number(text, day, 2);
        int h = number(text, hour, 2);
        int mi = number(text, minute, 2);
        int sec = number(text, second, 2);
        if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > Month.of(mo).length(Year.isLeap(y))
                || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
            return null;
        }
        return LocalDateTime.of(y, mo, d, h, mi, sec);
    }

    /** The number the ASCII digits at {@code from..from+width} spell, or -1 when one is not a digit. */
    static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** {@link #FORMAT}'s text, written by hand for the years 0–9999 (a database source writes every date of every dossier). */
    public static String format(LocalDateTime time) {
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            return FORMAT.format(time);
        }
        return write(new char[14], time, 0, 4, 6, 8, 10, 12);
    }

    /**
     * {@link OffsetDateTime#parse} with a shortcut for the form every source record has
     * ({@code 2025-03-04T08:15:00+07:00}, or {@code Z}): the formatter cost as much as half the checks.
     * Anything else, valid or not, goes to the formatter, so both accept exactly the same.
     */
    public static Instant isoInstant(String text) {
        int n = text.length();
        if ((n == 25 || n == 20) && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':') {
            int offset = Integer.MIN_VALUE;
            if (n == 20 && text.charAt(19) == 'Z') {
                offset = 0;
            } else if (n == 25 && (text.charAt(19) == '+' || text.charAt(19) == '-') && text.charAt(22) == ':') {
                int h = number(text, 20, 2);
                int m = number(text, 23, 2);
                if (h >= 0 && m >= 0 && m <= 59 && h * 3600 + m * 60 <= 18 * 3600) {
                    offset = (text.charAt(19) == '-' ? -1 : 1) * (h * 3600 + m * 60);
                }
            }
            LocalDateTime local = offset == Integer.MIN_VALUE ? null : read(text, 0, 5, 8, 11, 14, 17);
            if (local != null) {
                return local.toInstant(ZoneOffset.ofTotalSeconds(offset));
            }
        }
        return OffsetDateTime.parse(text).toInstant();
    }

    /**
     * {@link Instant#toString}, with a shortcut for whole seconds of the years 0–9999 (what the
     * one-stop systems' databases mostly hold): a database source writes every timestamp of every
     * row this way, and the JDK's formatter was 5.6% of such a run's samples. The same text, always.
     */
    public static String isoText(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < FIRST_OF_YEAR_0 || seconds >= FIRST_OF_YEAR_10000) {
            return instant.toString();
        }
        return write("0000-00-00T00:00:00Z".toCharArray(), LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC), 0, 5, 8, 11, 14, 17);
    }

    /** {@link #read}'s reverse: the time's fields written at these places of {@code into} (the year four digits, the others two). */
    private static String write(char[] into, LocalDateTime t, int year, int month, int day, int hour, int minute, int second) {
        digits(into, year, t.getYear(), 4);
        digits(into, month, t.getMonthValue(), 2);
        digits(into, day, t.getDayOfMonth(), 2);
        digits(into, hour, t.getHour(), 2);
        digits(into, minute, t.getMinute(), 2);
        digits(into, second, t.getSecond(), 2);
        return new String(into);
    }

    /** {@code value} as {@code width} decimal digits at {@code from}. */
    private static void digits(char[] into, int from, int value, int width) {
        for (int i = from + width - 1; i >= from; i--) {
            into[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
