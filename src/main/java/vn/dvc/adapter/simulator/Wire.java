package vn.dvc.adapter.simulator;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/** Date formats of both systems; every wire date is local time in Asia/Ho_Chi_Minh. */
final class Wire {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DATE =
        DateTimeFormatter.ofPattern("uuuuMMddHHmmss").withZone(ZONE).withResolverStyle(ResolverStyle.STRICT);
    /** Viet Nam has kept +07:00 without daylight saving since 1975, so formatting needs no zone rules. */
    private static final ZoneOffset OFFSET = ZoneOffset.ofHours(7);

    private Wire() {}

    // hand-rolled formatting: a dossier carries ~15 dates and DateTimeFormatter was a third of its cost

    static String date(Instant instant) {
        LocalDateTime t = local(instant);
        char[] c = new char[14];
        digits(c, 0, t.getYear(), 4);
        digits(c, 4, t.getMonthValue(), 2);
        digits(c, 6, t.getDayOfMonth(), 2);
        digits(c, 8, t.getHour(), 2);
        digits(c, 10, t.getMinute(), 2);
        digits(c, 12, t.getSecond(), 2);
        return new String(c);
    }

    /** CapNhatLuc: ISO-8601 with the +07:00 offset, whole seconds. */
    static String iso(Instant instant) {
        String d = date(instant);
        return d.substring(0, 4) + "-" + d.substring(4, 6) + "-" + d.substring(6, 8) + "T" + d.substring(8, 10)
            + ":" + d.substring(10, 12) + ":" + d.substring(12, 14) + "+07:00";
    }

    /** yyMMdd, as in MaHoSo. */
    static String day(Instant instant) {
        return date(instant).substring(2, 8);
    }

    /** Zero-padded decimal of a non-negative number. */
    static String padded(long value, int width) {
        String s = Long.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    private static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, OFFSET);
    }

    private static void digits(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }

    /**
     * True when the text is 14 digits naming a real local date and time: what a STRICT parse with
     * {@link #DATE} accepts, without its cost (the portal checks ~20 dates per dossier).
     */
    static boolean isDate(String text) {
        if (text == null || text.length() != 14) {
            return false;
        }
        for (int i = 0; i < 14; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        int year = number(text, 0, 4);
        int month = number(text, 4, 2);
        int day = number(text, 6, 2);
        return month >= 1 && month <= 12 && day >= 1 && day <= Month.of(month).length(Year.isLeap(year))
            && number(text, 8, 2) <= 23 && number(text, 10, 2) <= 59 && number(text, 12, 2) <= 59;
    }

    private static int number(String text, int from, int width) {
        int value = 0;
        for (int i = from; i < from + width; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /** The due date: n working days later, weekends skipped (public holidays ignored). */
    static Instant addWorkingDays(Instant from, int days) {
        LocalDateTime t = local(from);
        int left = days;
        while (left > 0) {
            t = t.plusDays(1);
            if (t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return t.toInstant(OFFSET);
    }
}
