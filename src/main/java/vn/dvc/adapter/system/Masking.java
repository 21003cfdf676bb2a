package vn.dvc.adapter.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks citizen identity numbers (9 or 12 digits) and phone numbers (10 digits from 0, or +84)
 * wherever they appear in text that goes to a log: portal messages echo data back.
 */
public final class Masking {

    private static final Pattern NUMBERS = Pattern.compile("(?<![\\d.])(\\+84\\d{9}|0\\d{9}|\\d{12}|\\d{9})(?![\\d.])");

    private Masking() {
    }

    /** "012345678901" → "01********01"; keeps enough to tell two records apart when reading logs. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = NUMBERS.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            String n = m.group(1);
            m.appendReplacement(out, n.substring(0, 2) + "*".repeat(n.length() - 4) + n.substring(n.length() - 2));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
