package vn.dvc.adapter.system;

/**
 * E-mail addresses in text, {@code an.nguyen@example.vn} → {@code a***@example.vn}, found from each
 * {@code @} by reading back over the local part and on over the domain; a domain without a dot
 * ({@code a.b@localhost}) counts. The forms people write to hide an address from robots count too:
 * the full-width {@code ＠} and the small {@code ﹫}, and {@code (at)} or {@code [at]}, with or without a space around, before a
 * domain with a dot ({@code manh (at) gmail.com} → {@code m*** (at) gmail.com}). Every character is
 * read at most twice, however many markers or letters the text holds: linear in the text.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String mask(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            int m = marker(t, i);
            if (m == 0) {
                i++;
                continue;
            }
            boolean spelled = m > 1;
            int localEnd = spelled && i > copied && t.charAt(i - 1) == ' ' ? i - 1 : i;
            int start = localEnd;
            while (start > copied && local(t.charAt(start - 1))) {
                start--;
            }
            int from = spelled && i + m < n && t.charAt(i + m) == ' ' ? i + m + 1 : i + m;
            int end = from;
            while (end < n && domain(t.charAt(end))) {
                end++;
            }
            while (end > from && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
                end--;   // the full stop of a sentence
            }
            boolean address = start < localEnd && end > from && Character.isLetterOrDigit(t.charAt(from))
                    && (!spelled || t.substring(from, end).indexOf('.') > 0);
            if (address) {
                out = out == null ? new StringBuilder(n) : out;
                out.append(t, copied, start).append(t.charAt(start)).append("***").append(t, localEnd, end);
                copied = end;
            }
            i = Math.max(i + m, end);
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    /** The length of the marker between an address's two parts at {@code i}: {@code @}, {@code ＠} or {@code ﹫} 1, {@code (at)} 4; 0 for none. */
    private static int marker(String t, int i) {
        char c = t.charAt(i);
        if (c == '@' || c == '＠' || c == '﹫') {
            return 1;
        }
        if ((c == '(' || c == '[' || c == '（') && i + 3 < t.length()
                && (t.charAt(i + 1) == 'a' || t.charAt(i + 1) == 'A') && (t.charAt(i + 2) == 't' || t.charAt(i + 2) == 'T')) {
            char close = t.charAt(i + 3);
            return close == (c == '(' ? ')' : c == '[' ? ']' : '）') ? 4 : 0;
        }
        return 0;
    }

    private static boolean local(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean domain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
