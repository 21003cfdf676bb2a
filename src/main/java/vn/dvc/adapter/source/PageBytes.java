package vn.dvc.adapter.source;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An export page read as bytes, for when some of them are not UTF-8: the page is split into its
 * records by its JSON structure alone — quotes, backslashes, brackets, braces and commas are ASCII,
 * and no byte of a broken sequence (0x80 and above) can be taken for one — so that each record can be
 * decoded on its own and only the records the bad bytes fall in are lost to the run.
 *
 * @param skeleton the page with its {@code items} emptied ({@code "items":[]}), to read {@code nextCursor} from
 * @param items    each record's bytes, in page order
 */
record PageBytes(byte[] skeleton, List<byte[]> items) {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** Splits the page; throws when its structure (outside the records' strings) is not a JSON object with an items list. */
    static PageBytes split(byte[] page) throws IOException {
        Scanner s = new Scanner(page);
        s.expect('{');
        while (true) {
            s.space();
            if (s.peek() == '}') {
                throw new IOException("the one-stop system answered without an \"items\" list");
            }
            String key = s.key();
            s.space();
            s.expect(':');
            s.space();
            if ("items".equals(key) && s.peek() == '[') {
                return s.items();
            }
            s.value();
            s.space();
            if (s.peek() == ',') {
                s.at++;
            }
        }
    }

    /** Whether these bytes are well-formed UTF-8: no stray or missing continuation byte, no overlong form, no surrogate. */
    static boolean utf8(byte[] b) {
        int i = 0;
        while (i < b.length) {
            // ASCII, most of a page: eight bytes at a time while none has its high bit set
            while (i + Long.BYTES <= b.length && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) {
                i += Long.BYTES;
            }
            if (i == b.length) {
                break;
            }
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int c = b[i] & 0xFF;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length) {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            int second = n > 0 ? b[i + 1] & 0xFF : 0;
            if ((c == 0xE0 && second < 0xA0) || (c == 0xED && second > 0x9F) || (c == 0xF0 && second < 0x90)
                    || (c == 0xF4 && second > 0x8F)) {
                return false;   // overlong, a surrogate, or beyond U+10FFFF
            }
            i += n + 1;
        }
        return true;
    }

    /** A cursor over the page's bytes that knows JSON's structure and nothing of its text. */
    private static final class Scanner {
        private final byte[] b;
        int at;

        Scanner(byte[] b) {
            this.b = b;
        }

        byte peek() throws IOException {
            if (at >= b.length) {
                throw new IOException("the one-stop system's page ends early, at byte " + at);
            }
            return b[at];
        }

        void expect(char c) throws IOException {
            space();
            if (peek() != c) {
                throw new IOException("the one-stop system's page is not JSON: '" + c + "' expected at byte " + at);
            }
            at++;
        }

        void space() {
            while (at < b.length && (b[at] == ' ' || b[at] == '\n' || b[at] == '\r' || b[at] == '\t')) {
                at++;
            }
        }

        /** A member's name, as ASCII (the names that matter here are). */
        String key() throws IOException {
            int start = at;
            string();
            return new String(b, start + 1, at - start - 2, java.nio.charset.StandardCharsets.ISO_8859_1);
        }

        void string() throws IOException {
            expect('"');
            while (peek() != '"') {
                at += b[at] == '\\' ? 2 : 1;
            }
            at++;
        }

        /** Any value: a string, an object or a list (strings inside skipped whole), or a number, true, false, null. */
        void value() throws IOException {
            byte c = peek();
            if (c == '"') {
                string();
                return;
            }
            if (c != '{' && c != '[') {
                while (at < b.length && b[at] != ',' && b[at] != '}' && b[at] != ']' && b[at] > ' ') {
                    at++;
                }
                return;
            }
            int depth = 0;
            do {
                c = peek();
                if (c == '"') {
                    string();
                    continue;
                }
                depth += c == '{' || c == '[' ? 1 : c == '}' || c == ']' ? -1 : 0;
                at++;
            } while (depth > 0);
        }

        /** The records of the list starting here, and the page without them. */
        PageBytes items() throws IOException {
            int open = at;
            at++;
            List<byte[]> items = new ArrayList<>();
            space();
            while (peek() != ']') {
                int start = at;
                value();
                items.add(java.util.Arrays.copyOfRange(b, start, at));
                space();
                if (peek() == ',') {
                    at++;
                    space();
                }
            }
            byte[] skeleton = new byte[b.length - (at - open - 1)];
            System.arraycopy(b, 0, skeleton, 0, open + 1);
            System.arraycopy(b, at, skeleton, open + 1, b.length - at);
            return new PageBytes(skeleton, items);
        }
    }
}
