package vn.dvc.adapter.system;

/**
 * What an error may quote that only operators read ({@link Masking#forViewer}): where a system is — a URL of any scheme
 * ({@code https://…}, {@code postgresql://user:password@db}), a JDBC URL with its password, the HTTP client's resolved
 * {@code [/10.0.0.5]}, an IPv4 address, the host after {@code unknown host}, {@code Connect to} or the ledger's
 * {@code … @ db:5432} — shown as {@link #ADDRESS}, and credentials — an {@code Authorization} value after
 * {@code Bearer} or {@code Basic}, a {@code password}, {@code secret}, {@code token}, {@code api_key} …
 * given as {@code name=value}, {@code name: value} or JSON's {@code "name":"value"}, a session id or a key written as
 * 32 hex digits or more — shown as {@link #HIDDEN}. A word after {@code Bearer} or {@code Basic} is
 * hidden only when it looks like a token. One pass over the characters, as the rest of the masking: each look at a
 * position either consumes what it matched or reads a bounded number of characters, so the time is linear in the text.
 */
final class QuotedSecrets {

    static final String ADDRESS = "[địa chỉ / address]";
    static final String HIDDEN = "[đã che / hidden]";

    private static final String[] SCHEMES_OF_AUTHORIZATION = {"bearer", "basic"};
    private static final String[] NAMES = {"authorization", "password", "passwd", "pwd", "secret", "client_secret",
            "access_token", "refresh_token", "id_token", "token", "apikey", "api_key", "api-key"};
    private static final String[] BEFORE_A_HOST = {"unknown host ", "connect to ", " @ "};
    /** The first letters of {@link #SCHEMES_OF_AUTHORIZATION} and {@link #NAMES}. */
    private static final String FIRST_LETTERS = "abciprst";
    private static final int HEX_RUN = 32;
    private static final int RESOLVED_MAX = 100;
    private static final int SCHEME_MAX = 20;

    private QuotedSecrets() {
    }

    static String hide(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int start = i;
            char c = Character.toLowerCase(t.charAt(i));   // what can start here: most characters start nothing
            int end = c == '[' || (c >= 'a' && c <= 'z') ? address(t, i) : i;
            String shown = ADDRESS;
            if (end == i && (c == 'u' || c == 'c' || c == ' ')) {
                int host = hostAfter(t, i);
                int hostEnd = host > i ? until(t, host, ")],;'\"") : i;
                if (hostEnd > host && hostShaped(t, host, hostEnd)) {
                    start = host;   // the words before the host stay ("unknown host ", "Connect to ")
                    end = hostEnd;
                }
            }
            if (end == i && FIRST_LETTERS.indexOf(c) >= 0) {
                end = credential(t, i);
                shown = HIDDEN;
            }
            if (end == i && hex(t.charAt(i))) {
                int run = i;   // a run starts here: whatever came before it was no hex digit
                while (run < n && hex(t.charAt(run))) {
                    run++;
                }
                int ip = ipv4(t, i);
                if (ip > i) {
                    end = ip;
                    shown = ADDRESS;
                } else if (run - i < HEX_RUN) {
                    i = run;
                    continue;
                } else {
                    end = run;
                    shown = HIDDEN;
                }
            }
            if (end == i) {
                i++;
                continue;
            }
            out = out == null ? new StringBuilder(n) : out;
            out.append(t, copied, start).append(shown);
            copied = end;
            i = end;
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /** The end of a URL ({@code scheme://…}, {@code jdbc:…}) or an HTTP client's {@code [/10.0.0.5]} starting at {@code i}, or {@code i}. */
    private static int address(String t, int i) {
        if (t.regionMatches(true, i, "jdbc:", 0, 5)) {
            int end = until(t, i + 5, "");
            return end > i + 5 ? end : i;
        }
        if (Character.isLetter(t.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
            int j = i;
            while (j < t.length() && j - i <= SCHEME_MAX && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '+'
                    || t.charAt(j) == '.' || t.charAt(j) == '-')) {
                j++;
            }
            if (t.startsWith("://", j)) {
                int end = until(t, j + 3, "");
                return end > j + 3 ? end : i;
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

    /** Where a host named after "unknown host ", "Connect to " or " @ " starts, when one of them starts at {@code i}; else {@code i}. */
    private static int hostAfter(String t, int i) {
        for (String before : BEFORE_A_HOST) {
            if (t.regionMatches(true, i, before, 0, before.length())) {
                return i + before.length();
            }
        }
        return i;
    }

    /**
     * A host, not the next word of a sentence ("could not connect to the one-stop system"): a dot, a colon or a digit
     * in it ({@code db.internal}, {@code db:5432}, {@code 10.0.0.5}), or {@code localhost}.
     */
    private static boolean hostShaped(String t, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = t.charAt(k);
            if (c == '.' || c == ':' || (c >= '0' && c <= '9')) {
                return true;
            }
        }
        return t.regionMatches(true, from, "localhost", 0, 9) && to - from == 9;
    }

    /** The end of a credential starting at {@code i} (its scheme or its name with it), or {@code i}. */
    private static int credential(String t, int i) {
        if (i > 0 && (Character.isLetterOrDigit(t.charAt(i - 1)) || t.charAt(i - 1) == '_')) {
            return i;   // inside a word
        }
        for (String scheme : SCHEMES_OF_AUTHORIZATION) {
            if (t.regionMatches(true, i, scheme, 0, scheme.length())) {
                int j = i + scheme.length();
                if (j >= t.length() || !Character.isWhitespace(t.charAt(j))) {
                    break;   // not the scheme of a value: read on (a name below, or nothing), never scan ahead
                }
                int value = j;
                while (value < t.length() && value - j < 8 && Character.isWhitespace(t.charAt(value))) {
                    value++;
                }
                int end = until(t, value, ",;\"");
                return token(t, value, end) ? end : i;
            }
        }
        for (String name : NAMES) {
            if (t.regionMatches(true, i, name, 0, name.length())) {
                int j = i + name.length();
                j = j < t.length() && t.charAt(j) == '"' ? j + 1 : j;
                j = spaces(t, j);
                if (j >= t.length() || (t.charAt(j) != '=' && t.charAt(j) != ':')) {
                    continue;   // "token" also starts "token=…" below a longer name: try the others
                }
                j = spaces(t, j + 1);
                j = j < t.length() && t.charAt(j) == '"' ? j + 1 : j;
                int end = until(t, j, "\"&;,}");
                if (name.equals("authorization") && end > j && end < t.length() && t.charAt(end) == ' ') {
                    end = until(t, spaces(t, end), "\"&;,}");   // its scheme and its value: "Authorization: Token c2Vj…"
                }
                return end > j ? end : i;
            }
        }
        return i;
    }

    /** Past at most eight blanks from {@code from}. */
    private static int spaces(String t, int from) {
        int j = from;
        while (j < t.length() && j - from < 8 && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
            j++;
        }
        return j;
    }

    /** The end of an IPv4 address (and its port) starting at {@code i}, or {@code i}. Reads at most 21 characters. */
    private static int ipv4(String t, int i) {
        int j = i;
        for (int part = 0; part < 4; part++) {
            int digits = 0;
            int value = 0;
            while (j < t.length() && digits < 3 && t.charAt(j) >= '0' && t.charAt(j) <= '9') {
                value = value * 10 + t.charAt(j) - '0';
                j++;
                digits++;
            }
            // 0..255 without a leading zero: "1.500.000.000 đồng" is an amount, "001.099.012.345" an identity number
            if (digits == 0 || value > 255 || (digits > 1 && t.charAt(j - digits) == '0')
                    || (part < 3 && (j >= t.length() || t.charAt(j) != '.'))) {
                return i;
            }
            j = part < 3 ? j + 1 : j;
        }
        if (j < t.length() && (Character.isDigit(t.charAt(j)) || Character.isLetter(t.charAt(j)))) {
            return i;   // a longer number or a code, not an address
        }
        if (j + 1 < t.length() && t.charAt(j) == ':' && Character.isDigit(t.charAt(j + 1))) {
            j++;
            while (j < t.length() && Character.isDigit(t.charAt(j))) {
                j++;
            }
        }
        return j;
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
