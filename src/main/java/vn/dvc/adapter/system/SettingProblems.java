package vn.dvc.adapter.system;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import org.quartz.CronExpression;

/**
 * The checks every settings group makes of its own values ({@code problems(out)}), each adding one
 * "key problem" line, so one try names every wrong setting at once.
 */
public final class SettingProblems {

    private SettingProblems() {
    }

    public static void require(List<String> out, boolean ok, String key, String problem) {
        if (!ok) {
            out.add(key + " " + problem);
        }
    }

    public static boolean has(String s) {
        return s != null && !s.isBlank();
    }

    public static boolean isHttp(URI uri) {
        return uri != null && uri.getScheme() != null && uri.getScheme().startsWith("http") && uri.getHost() != null;
    }

    /** A duration of at least {@code least} (PT0S: zero or more). */
    public static void atLeast(List<String> out, Duration value, Duration least, String key) {
        require(out, value != null && value.compareTo(least) >= 0, key, "must be at least " + least + ", is " + value);
    }

    /** A whole number in {@code min..max}. */
    public static void between(List<String> out, long value, long min, long max, String key) {
        require(out, value >= min && value <= max, key, "must be " + min + ".." + max + ", is " + value);
    }

    /** A Quartz cron expression (six or seven fields, e.g. {@code 0 0/15 * * * ?}); unset is fine unless required. */
    public static void schedule(List<String> out, String value, boolean required, String key) {
        if (!has(value)) {
            require(out, !required, key, "is not set");
        } else {
            require(out, CronExpression.isValidExpression(value), key, "must be a Quartz cron expression (0 0/15 * * * ?), is " + value);
        }
    }
}
