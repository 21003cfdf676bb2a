package vn.dvc.adapter.system;

/**
 * JWTs (ID tokens: their claims carry {@code SoDinhDanh} and the name, readable by anyone who decodes
 * them) and long base64 or base64url runs (an encoded document, a key), found by one pass over the
 * text: runs of {@code A-Z a-z 0-9 + / _ -} and dots, split at the dots. Linear in the text.
 *
 * <ul>
 * <li>a JWT: a part that is base64 of a JSON object ({@code ey…} or {@code ew…}, whatever spaces its
 *     header starts with) of 16 characters or more, followed by another part; or two parts of 16 or
 *     more that hold a digit, an upper- and a lower-case letter. The part, the next one and the
 *     signature after it are hidden.</li>
 * <li>a JWT's part alone (base64 of a JSON object, 16 characters or more) holding an upper- and a lower-case
 *     letter: {@code eyJzdWIiOiIwMDEwOTkwMTIzNDUifQ} is {@code {"sub":"001099012345"}};</li>
 * <li>any other part of 40 characters or more (longer than any code of the contracts) holding a
 *     digit, an upper- and a lower-case letter, with its {@code =} padding. Hex digests and paths in
 *     lower case stay.</li>
 * </ul>
 */
final class EncodedRuns {

    /** What an encoded value is shown as: its kind and length, never its content. */
    static String hidden(int length) {
        return "[đã che: " + length + " ký tự mã hoá / " + length + " encoded characters hidden]";
    }

    private static final int JWT_PART = 16;
    private static final int LONG_RUN = 40;

    private EncodedRuns() {
    }

    static String mask(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (!base64(t.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < n && (base64(t.charAt(end)) || t.charAt(end) == '.')) {
                end++;
            }
            while (end < n && t.charAt(end) == '=' && (end + 1 >= n || !base64(t.charAt(end + 1)))) {
                end++;   // padding ends a run; an '=' inside one ("IdToken=eyJ…") separates two
            }
            int part = i;
            while (part < end) {
                int partEnd = partEnd(t, part, end);
                int hidden = hidden(t, part, partEnd, end);
                if (hidden > part) {
                    out = out == null ? new StringBuilder(n) : out;
                    out.append(t, copied, part).append(hidden(hidden - part));
                    copied = hidden;
                    part = hidden;
                } else {
                    part = partEnd + 1;
                }
            }
            i = end;
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /** Where the part starting at {@code from} ends: at the next dot or the run's end. */
    private static int partEnd(String t, int from, int runEnd) {
        int j = from;
        while (j < runEnd && t.charAt(j) != '.') {
            j++;
        }
        return j;
    }

    /** The end of what to hide from this part on ({@code from} itself when nothing). */
    private static int hidden(String t, int from, int to, int runEnd) {
        int next = to < runEnd ? partEnd(t, to + 1, runEnd) : -1;
        boolean jsonPart = to - from >= JWT_PART && t.charAt(from) == 'e' && (t.charAt(from + 1) == 'y' || t.charAt(from + 1) == 'w');
        // alone, only what base64 of '{' and a quote, a blank or a line break starts with: not "ewalletTransferService"
        boolean jsonAlone = jsonPart && (t.startsWith("eyJ", from) || t.startsWith("eyA", from) || t.startsWith("ewo", from)
                || t.startsWith("ew0", from) || t.startsWith("ewk", from));
        boolean jwt = next > to + 1 && (jsonPart
                || (to - from >= JWT_PART && next - to - 1 >= JWT_PART && mixed(t, from, next, true)));
        if (jwt) {
            int signature = next < runEnd ? partEnd(t, next + 1, runEnd) : next;
            return trimDots(t, from, signature);
        }
        if ((to - from >= LONG_RUN && mixed(t, from, to, true)) || (jsonAlone && mixed(t, from, to, false))) {
            return to;   // a JWT's claims alone are as readable as the whole token
        }
        return from;
    }

    /** A sentence's full stop after a token is not part of it. */
    private static int trimDots(String t, int from, int end) {
        int e = end;
        while (e > from && t.charAt(e - 1) == '.') {
            e--;
        }
        return e;
    }

    /**
     * A digit (when {@code digit} asks for one), an upper- and a lower-case letter: encoded bytes, not a word, a path or a
     * hex digest; a JSON object's base64 alone ("eyJ…") needs no digit, a word written in one case has not both cases.
     */
    private static boolean mixed(String t, int from, int to, boolean digit) {
        boolean seenDigit = !digit;
        boolean upper = false;
        boolean lower = false;
        for (int k = from; k < to && !(seenDigit && upper && lower); k++) {
            char c = t.charAt(k);
            seenDigit |= c >= '0' && c <= '9';
            upper |= c >= 'A' && c <= 'Z';
            lower |= c >= 'a' && c <= 'z';
        }
        return seenDigit && upper && lower;
    }

    private static boolean base64(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
                || c == '_' || c == '-';
    }
}
