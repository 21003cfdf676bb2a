package vn.dvc.adapter.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks citizen identity numbers (9 or 12 digits) and phone numbers wherever they appear in text
 * that goes to a log or a page: portal messages echo data back, and people type phones in free
 * text as they say them, "0912 345 678", "091.234.5678", "+84 912-345-678", "(+84) 912345678".
 */
public final class Masking {

    /**
     * A phone: 0 or +84 / (+84) / 84-with-a-separator, then 9 or 10 digits (mobiles, landlines),
     * single spaces, dots or dashes allowed between digits; then a bare identity number. Not
     * inside a longer run of digits or a dotted code such as {@code 1.004090.000.00.01.H25}.
     */
    private static final Pattern NUMBERS = Pattern.compile(
            "(?<![\\d.+])((?:\\(\\+84\\)[ .-]?|\\+84[ .-]?|0)\\d(?:[ .-]?\\d){8,9}|\\d{12}|\\d{9})(?![\\d]|[.-]\\d)");

    private Masking() {
    }

    /** "012345678901" → "01********01", "0912 345 678" → "09** *** *78": enough to tell two records apart. */
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
            m.appendReplacement(out, Matcher.quoteReplacement(digitsMasked(m.group(1))));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** Every digit but the first two and the last two becomes '*'; separators and the + stay. */
    private static String digitsMasked(String n) {
        int digits = (int) n.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(n.length());
        int seen = 0;
        for (char c : n.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 2 || seen > digits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
