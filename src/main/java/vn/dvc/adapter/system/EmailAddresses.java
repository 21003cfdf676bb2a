package vn.dvc.adapter.system;

/**
 * E-mail addresses in text, {@code an.nguyen@example.vn} → {@code a***@example.vn}, found from each
 * {@code @} by reading back over the local part and on over the domain; a domain without a dot
 * ({@code a.b@localhost}) counts. Every character is read at most twice, however many {@code @} or
 * letters the text holds: linear in the text.
 */
final class EmailAddresses {

    private EmailAddresses() {
    }

    static String mask(String t) {
        StringBuilder out = null;
        int copied = 0;
        int n = t.length();
        int i = t.indexOf('@');
        while (i >= 0) {
            int start = i;
            while (start > copied && local(t.charAt(start - 1))) {
                start--;
            }
            int end = i + 1;
            while (end < n && domain(t.charAt(end))) {
                end++;
            }
            while (end > i + 1 && (t.charAt(end - 1) == '.' || t.charAt(end - 1) == '-')) {
                end--;   // the full stop of a sentence
            }
            if (start < i && end > i + 1 && Character.isLetterOrDigit(t.charAt(i + 1))) {
                out = out == null ? new StringBuilder(n) : out;
                out.append(t, copied, start).append(t.charAt(start)).append("***").append(t, i, end);
                copied = end;
            }
            i = t.indexOf('@', Math.max(i + 1, end));
        }
        return out == null ? t : out.append(t, copied, n).toString();
    }

    private static boolean local(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean domain(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-';
    }
}
