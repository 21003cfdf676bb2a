package vn.dvc.adapter.system;

import java.util.Arrays;

/**
 * Identity and phone numbers in text, found by one pass over its characters (no pattern, so no
 * backtracking: the time is linear in the text). A number is a run of digits (any script's, the
 * full-width ones too) or several runs joined by one kind of single separator — space, dot or dash, or a slash or a
 * comma between groups of 3 or 4 digits, the first starting with 0 (also where such groups follow others joined the same
 * way: {@code 07/12/2026/0912/345/678}) —
 * with an optional prefix written {@code +84}, {@code (+84)} or {@code (091)} before it. A run of
 * 9 to 13 digits in all is masked: identity numbers (9 or 12 digits, 13 with a typing slip),
 * phones with their country code ({@code 84912345678}, {@code 0084912345678}, {@code +84 912-345-678}).
 *
 * <p>What stays: shorter numbers (dates, amounts up to 99.999.999, counts), a run of more than 13
 * digits (the portal's {@code yyyyMMddHHmmss} times), an IPv4 address, and a dotted or dashed code
 * that touches a letter ({@code 1.004090.000.00.01.H25}, {@code 000.00.12.H25-260101-0001}) — yet a
 * group of 9 to 13 digits inside such a code is masked all the same. A longer run is masked in
 * chunks of at most 13 digits, from the left, so a number followed by another stays masked.
 */
final class NumberRuns {

    static final int MIN = 9;
    static final int MAX = 13;

    /** How a number's groups are joined; a slash or a comma only as phones are grouped ({@link #notGrouped}). */
    private enum Sep { SPACE, DOT, DASH, SLASH, COMMA }

    private final String t;
    /** The groups of the number being read: where each starts and ends, and its digits; group 0 may be a prefix. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int[] digits = new int[16];
    private int count;
    private boolean prefixed;
    /** The number read last ended at a separator of another kind, followed by a digit. */
    private boolean switched;
    private StringBuilder out;
    private int copied;

    private NumberRuns(String t) {
        this.t = t;
    }

    static String mask(String t) {
        return new NumberRuns(t).masked();
    }

    private String masked() {
        int n = t.length();
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (!Character.isDigit(c) && c != '(' && c != '（' && c != '+' && c != '＋') {
                i++;
                continue;
            }
            Sep sep = read(i);
            if (count == 0) {
                i++;
                continue;
            }
            maskGroups(sep);
            // a number that ended where the separator changed may have taken the first group of the next one
            // ("năm 2026 0912/345/678"): a last group starting with 0, as phones and identity numbers do, is read
            // again as a start unless it was masked with the number
            boolean again = switched && copied < ends[count - 1] && Character.digit(t.charAt(starts[count - 1]), 10) == 0;
            i = again ? starts[count - 1] : ends[count - 1];
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /** Reads the groups of the number starting at {@code i} (none when no number starts there); returns their separator. */
    private Sep read(int i) {
        count = 0;
        switched = false;
        int body = prefix(i);
        if (body < 0) {
            return null;
        }
        if (prefixed) {   // any one separator, or none, between a prefix and the body
            int first = sep(body) != null ? body + 1 : body;
            if (first >= t.length() || !Character.isDigit(t.charAt(first))) {
                return null;
            }
            body = first;
        }
        Sep kind = null;
        int j = body;
        while (true) {
            int end = digitsFrom(j);
            add(j, end, end - j);
            Sep s = sep(end);
            if (s == null || (kind != null && s != kind) || end + 1 >= t.length() || !Character.isDigit(t.charAt(end + 1))) {
                switched = s != null && kind != null && s != kind && end + 1 < t.length() && Character.isDigit(t.charAt(end + 1));
                return kind;
            }
            kind = s;
            j = end + 1;
        }
    }

    /** A prefix {@code +84}, {@code (+84)}, {@code (091)} at {@code i} is group 0; returns where the body starts (-1: nothing can). */
    private int prefix(int i) {
        char c = t.charAt(i);
        boolean open = c == '(' || c == '（';
        int j = open ? i + 1 : i;
        boolean plus = j < t.length() && (t.charAt(j) == '+' || t.charAt(j) == '＋');
        j = plus ? j + 1 : j;
        prefixed = open || plus;
        if (!prefixed) {
            return i;
        }
        int end = digitsFrom(j);
        if (end == j || end - j > 4) {
            return -1;
        }
        if (open) {
            if (end >= t.length() || (t.charAt(end) != ')' && t.charAt(end) != '）')) {
                return -1;
            }
            end++;
        }
        add(i, end, end - j - (open ? 1 : 0));
        return end;
    }

    private void add(int start, int end, int groupDigits) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            digits = Arrays.copyOf(digits, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        digits[count] = groupDigits;
        count++;
    }

    /** Masks the whole number when it is one, else its chunks of at most 13 digits, or its long groups inside a code. */
    private void maskGroups(Sep sep) {
        boolean kept = count > 1 && (ipv4(sep) || codeBound(sep));   // an address, or digits of a code
        if (kept || (count > 1 && notGrouped(sep))) {
            boolean phones = !kept;
            for (int g = 0; g < count; g++) {
                int to = phones ? phoneFrom(g) : g;
                if (to > g) {
                    hide(starts[g], ends[to]);
                    g = to;
                } else if (digits[g] >= MIN && digits[g] <= MAX) {
                    hide(starts[g], ends[g]);
                }
            }
            return;
        }
        int from = 0;
        while (from < count) {
            int sum = digits[from];
            int to = from + 1;
            while (to < count && sum + digits[to] <= MAX) {
                sum += digits[to];
                to++;
            }
            if (sum >= MIN && sum <= MAX) {
                hide(starts[from], ends[to - 1]);
            }
            from = to;
        }
    }

    private void hide(int start, int end) {
        out = out == null ? new StringBuilder(t.length()) : out;
        out.append(t, copied, start);
        Masking.digitsMasked(t, start, end, out);
        copied = end;
    }

    /** A dotted or dashed number glued to a letter, directly or across one of {@code . - _ /}, is part of a code. */
    private boolean codeBound(Sep sep) {
        if (sep == Sep.SPACE || prefixed) {
            return false;
        }
        int start = starts[0];
        int end = ends[count - 1];
        boolean before = start > 0 && (Character.isLetter(t.charAt(start - 1))
                || (start > 1 && joiner(t.charAt(start - 1)) && Character.isLetter(t.charAt(start - 2))));
        boolean after = end < t.length() && (Character.isLetter(t.charAt(end))
                || (end + 1 < t.length() && joiner(t.charAt(end)) && Character.isLetter(t.charAt(end + 1))));
        return before || after;
    }

    /**
     * Groups joined by slashes or commas make one number only as phones and identity numbers are written that way
     * ({@code 0912/345/678}, {@code 001,099,012,345}): every group 3 or 4 digits, the first starting with 0. Dates
     * ({@code 07/12/2026}), lists ({@code 1,2,3,4,5,6,7,8,9}, {@code 2024,2025,2026}, {@code 100,200,300}) and amounts
     * with an English separator ({@code 1,500,000,000}) do not; a long group among them is still masked on its own.
     */
    private boolean notGrouped(Sep sep) {
        if (sep != Sep.SLASH && sep != Sep.COMMA) {
            return false;
        }
        int first = prefixed ? 1 : 0;
        if (first >= count || Character.digit(t.charAt(starts[first]), 10) != 0) {
            return true;
        }
        for (int g = first; g < count; g++) {
            if (digits[g] < 3 || digits[g] > 4) {
                return true;
            }
        }
        return false;
    }

    /**
     * Among slash- or comma-joined groups that are no phone as a whole, the last group of a phone written as phones are
     * ({@link #notGrouped}) from group {@code g} on: {@code 07/12/2026/0912/345/678} holds a date and then a phone. Returns
     * {@code g} when no phone starts there.
     */
    private int phoneFrom(int g) {
        if ((prefixed && g == 0) || Character.digit(t.charAt(starts[g]), 10) != 0 || zeros(g)) {
            return g;   // "1,500,000,000,000": a group of zeros starts no phone
        }
        // every group of 3 or 4 digits that follows belongs to it: a phone after "0123/" kept its last digits in clear
        // when the run was cut at 13 digits (2026/0123/0912/345/678)
        int sum = 0;
        int last = g;
        for (int h = g; h < count && digits[h] >= 3 && digits[h] <= 4; h++) {
            sum += digits[h];
            last = h;
        }
        return last > g && sum >= MIN ? last : g;
    }

    private boolean zeros(int g) {
        for (int k = starts[g]; k < ends[g]; k++) {
            if (Character.digit(t.charAt(k), 10) != 0) {
                return false;
            }
        }
        return true;
    }

    /** 192.168.1.10: four dotted groups of 0..255 without leading zeros (an identity number written 001.099.012.345 has them). */
    private boolean ipv4(Sep sep) {
        if (sep != Sep.DOT || count != 4 || prefixed) {
            return false;
        }
        for (int g = 0; g < count; g++) {
            if (digits[g] > 3 || (digits[g] > 1 && Character.digit(t.charAt(starts[g]), 10) == 0)) {
                return false;
            }
            int value = 0;
            for (int k = starts[g]; k < ends[g]; k++) {
                value = value * 10 + Character.digit(t.charAt(k), 10);
            }
            if (value > 255) {
                return false;
            }
        }
        return true;
    }

    private int digitsFrom(int from) {
        int j = from;
        while (j < t.length() && Character.isDigit(t.charAt(j))) {
            j++;
        }
        return j;
    }

    private Sep sep(int at) {
        if (at >= t.length()) {
            return null;
        }
        char c = t.charAt(at);
        if (c == '.' || c == '．') {
            return Sep.DOT;
        }
        if (c == '-' || c == '－' || c == '‐' || c == '‑' || c == '‒' || c == '–') {
            return Sep.DASH;
        }
        if (c == '/' || c == '／') {
            return Sep.SLASH;
        }
        if (c == ',' || c == '，') {
            return Sep.COMMA;
        }
        return Character.isSpaceChar(c) ? Sep.SPACE : null;
    }

    private static boolean joiner(char c) {
        return c == '.' || c == '-' || c == '_' || c == '/';
    }
}
