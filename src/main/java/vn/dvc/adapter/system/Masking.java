package vn.dvc.adapter.system;

/**
 * The one masking of citizens' data in text, for the logs ({@link MaskingConverter},
 * {@link MaskingThrowableConverter}) and for whatever a viewer reads (the admin's {@code FieldMasker}):
 * portal messages echo data back, and people type phones in free text as they say them.
 * <ol>
 * <li>JWTs (ID tokens) and long base64 runs are hidden whole ({@link EncodedRuns});</li>
 * <li>e-mail addresses keep their first letter and domain ({@link EmailAddresses});</li>
 * <li>identity and phone numbers, 9 to 13 digits written alone or grouped by spaces, dots or dashes,
 *     with {@code +84}, {@code (+84)} or {@code (091)} before them, keep two digits at each end
 *     ({@link NumberRuns}).</li>
 * </ol>
 * Each step is one pass over the characters, without regular expressions: a hostile text of any
 * length costs time in proportion to its length (a backtracking e-mail pattern took seconds per
 * 30,000 characters, and a viewer could stall the server with it).
 */
public final class Masking {

    private Masking() {
    }

    /** "012345678901" → "01********01", "0912 345 678" → "09** *** *78", "an@x.vn" → "a***@x.vn", a JWT → "[đã che: …]". */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return NumberRuns.mask(EmailAddresses.mask(EncodedRuns.mask(text)));
    }

    /**
     * As {@link #mask(String)}, the dossier's own code left as it is wherever the text names it: its code is shown in
     * clear beside the text (the row, the page), and OpenCPS's codes ({@code H44.21-261207-000083}) read as a
     * 12-digit number, so an operator could not copy one from an error to replay it. Only a code of at least
     * {@link #OWN_CODE} characters with a letter is kept, and only where it stands as a whole word (not inside a
     * number, an address or a longer code): a dossier coded "0" would otherwise have unmasked every number holding
     * a 0 (the security probe). The text around each occurrence is masked on its own.
     */
    public static String mask(String text, String ownCode) {
        if (text == null || !keepable(ownCode) || !text.contains(ownCode)) {
            return mask(text);
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(ownCode); at >= 0; at = text.indexOf(ownCode, at + 1)) {
            int end = at + ownCode.length();
            if (at >= from && wordAt(text, at, end)) {
                out.append(mask(text.substring(from, at))).append(ownCode);
                from = end;
            }
        }
        return out.append(mask(text.substring(from))).toString();
    }

    /**
     * As {@link #mask(String, String)}, for a reader who is not an operator (a viewer, the reconcile files): an error
     * quoting what a system answered (the portal may echo the request's session, or a stack trace with its database's
     * URL) or why a run stopped, with the systems' addresses shown as {@code [địa chỉ / address]} and credentials as
     * {@code [đã che / hidden]} ({@link QuotedSecrets}). The logs keep the addresses: operators read them to find the system
     * at fault.
     */
    public static String forViewer(String text, String ownCode) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return mask(QuotedSecrets.hide(text), ownCode);
    }

    /** The shortest dossier code kept readable in text about it. */
    static final int OWN_CODE = 6;

    private static boolean keepable(String code) {
        return code != null && code.length() >= OWN_CODE && code.chars().anyMatch(Character::isLetter);
    }

    /** The code stands alone: nothing that could extend a number, a code or an address touches it on either side. */
    private static boolean wordAt(String text, int start, int end) {
        boolean before = start == 0 || !joins(text.charAt(start - 1));
        boolean after = end == text.length() || !joins(text.charAt(end))
                || (text.charAt(end) == '.' && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1))));
        return before && after;
    }

    private static boolean joins(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '@' || c == '+' || c == '/';
    }

    /** Every digit but the first two and the last two becomes '*'; separators, brackets and the + stay. */
    static void digitsMasked(String text, int start, int end, StringBuilder out) {
        int digits = 0;
        for (int k = start; k < end; k++) {
            digits += Character.isDigit(text.charAt(k)) ? 1 : 0;
        }
        int seen = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 2 || seen > digits - 2 ? c : '*');
            } else {
                out.append(c);
            }
        }
    }
}
