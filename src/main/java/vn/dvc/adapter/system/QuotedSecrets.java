package vn.dvc.adapter.system;

/**
 * What an error may quote that only operators read ({@link Masking#forViewer}): where a system is — a URL, a JDBC URL
 * with its password, the HTTP client's resolved {@code [/10.0.0.5]} — shown as {@link #ADDRESS}, and credentials — an
 * {@code Authorization} header's value after {@code Bearer} or {@code Basic}, a {@code password=}, {@code pwd=},
 * {@code secret=} or {@code token=} pair, a session id or a key written as 32 hex digits or more — shown as
 * {@link #HIDDEN}; a word after {@code Bearer} or {@code Basic} is hidden only when it looks like a token. One pass
 * over the characters, as the rest of the masking: its time is linear in the text.
 */
final class QuotedSecrets {

    static final String ADDRESS = "[địa chỉ / address]";
    static final String HIDDEN = "[đã che / hidden]";

    private static final String[] SCHEMES = {"https://", "http://", "jdbc:"};
    private static final String[] SCHEMES_OF_AUTHORIZATION = {"bearer", "basic"};
    private static final String[] PAIRS = {"password=", "passwd=", "pwd=", "secret=", "token="};
    private static final int HEX_RUN = 32;
    private static final int RESOLVED_MAX = 100;

    private QuotedSecrets() {
    }

    static String hide(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int end = address(t, i);
            String shown = ADDRESS;
            if (end == i) {
                end = credential(t, i);
                shown = HIDDEN;
            }
            if (end == i && hex(t.charAt(i))) {
                int run = i;   // a run starts here: whatever came before it was no hex digit
                while (run < n && hex(t.charAt(run))) {
                    run++;
                }
                if (run - i < HEX_RUN) {
                    i = run;
                    continue;
                }
                end = run;
            }
            if (end == i) {
                i++;
                continue;
            }
            out = out == null ? new StringBuilder(n) : out;
            out.append(t, copied, i).append(shown);
            copied = end;
            i = end;
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /** The end of an address starting at {@code i}, or {@code i}. */
    private static int address(String t, int i) {
        for (String scheme : SCHEMES) {
            if (t.regionMatches(true, i, scheme, 0, scheme.length())) {
                int end = until(t, i + scheme.length(), "");
                return end > i + scheme.length() ? end : i;
            }
        }
        if (t.startsWith("[/", i)) {
            for (int j = i + 2; j < t.length() && j <= i + 2 + RESOLVED_MAX; j++) {
                char c = t.charAt(j);
                if (c == ']') {
                    return j > i + 2 ? j + 1 : i;
                }
                if (Character.isWhitespace(c)) {
                    break;
                }
            }
        }
        return i;
    }

    /** The end of a credential starting at {@code i} (its scheme or its name with it), or {@code i}. */
    private static int credential(String t, int i) {
        if (i > 0 && Character.isLetterOrDigit(t.charAt(i - 1))) {
            return i;   // inside a word
        }
        for (String scheme : SCHEMES_OF_AUTHORIZATION) {
            if (t.regionMatches(true, i, scheme, 0, scheme.length())) {
                int j = i + scheme.length();
                int value = j;
                while (value < t.length() && Character.isWhitespace(t.charAt(value))) {
                    value++;
                }
                int end = until(t, value, ",;");
                return value > j && token(t, value, end) ? end : i;
            }
        }
        for (String pair : PAIRS) {
            if (t.regionMatches(true, i, pair, 0, pair.length())) {
                int end = until(t, i + pair.length(), "&;,");
                return end > i + pair.length() ? end : i;
            }
        }
        return i;
    }

    /** From {@code from}, the end of the characters that are neither white space nor one of {@code stops}. */
    private static int until(String t, int from, String stops) {
        int j = from;
        while (j < t.length() && !Character.isWhitespace(t.charAt(j)) && stops.indexOf(t.charAt(j)) < 0) {
            j++;
        }
        return j;
    }

    /**
     * An {@code Authorization} value, not the next word of a sentence ("basic information"): 8 characters or more with a
     * digit, both cases or base64's padding.
     */
    private static boolean token(String t, int from, int to) {
        if (to - from < 8) {
            return false;
        }
        boolean digit = false;
        boolean upper = false;
        boolean lower = false;
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            digit |= c >= '0' && c <= '9';
            upper |= Character.isUpperCase(c);
            lower |= Character.isLowerCase(c);
        }
        return digit || (upper && lower) || t.charAt(to - 1) == '=';
    }

    private static boolean hex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
