package vn.dvc.adapter.system;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * JSON text held as the UTF-8 bytes it was serialised to: a mapped dossier is written once, hashed
 * from these bytes and sent as they are, never decoded to a Java string and encoded again (each
 * round trip of Vietnamese text through UTF-16 cost more than the hash it fed; docs/benchmarks.md).
 * As a Jackson {@link SerializableString} it goes into a request as a raw value
 * ({@code new RawValue(text)}): a byte generator copies the bytes; a character one decodes them.
 * Equal when the bytes are.
 */
public final class JsonText implements SerializableString {

    private final byte[] utf8;
    private int hash;

    private JsonText(byte[] utf8) {
        this.utf8 = utf8;
    }

    /**
     * The writer that makes the bytes of {@link #write}: a character beyond U+FFFF (an emoji in a summary) as its four UTF-8
     * bytes, as in the text's own encoding, where Jackson's byte generator would write {@code \\uD83D\\uDE00}
     * by default: the same bytes, so the same content hash, as the dossier's text encoded.
     */
    public static ObjectWriter writer(ObjectMapper json) {
        return json.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /**
     * The value written by {@code writer} (for a dossier, one of {@link #writer}), through this thread's buffer: one copy of the bytes
     * at the end, where Jackson's {@code writeValueAsBytes} gathers them in a list of segments, allocates the first
     * one anew each time and joins them (a third of the mapping's serialisation in a profile; docs/benchmarks.md).
     */
    public static JsonText write(ObjectWriter writer, Object value) throws IOException {
        return new JsonText(bytes(writer, value));
    }

    /** As {@link #write}, the bytes themselves: a request's body. */
    public static byte[] bytes(ObjectWriter writer, Object value) throws IOException {
        Buffer out = BUFFER.get();
        if (out.busy) {
            out = new Buffer();   // a write inside a write (nothing does so today): its own buffer, not the outer one's
        }
        out.busy = true;
        out.count = 0;
        try {
            writer.writeValue(out, value);
            return Arrays.copyOf(out.bytes, out.count);
        } finally {
            out.busy = false;
            if (out.bytes.length > Buffer.KEPT) {
                BUFFER.remove();   // an exceptionally large value does not stay with the thread
            }
        }
    }

    private static final ThreadLocal<Buffer> BUFFER = ThreadLocal.withInitial(Buffer::new);

    /**
     * A growing array, reused by its thread; unsynchronised, unlike {@link java.io.ByteArrayOutputStream}. Kept up to
     * 4 MiB (a request of 100 dossiers is some 0.2–0.5 MiB), so each sending thread holds at most that.
     */
    private static final class Buffer extends OutputStream {
        static final int KEPT = 4 << 20;
        byte[] bytes = new byte[16 * 1024];
        int count;
        boolean busy;

        @Override
        public void write(int b) {
            room(1);
            bytes[count++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            room(len);
            System.arraycopy(b, off, bytes, count, len);
            count += len;
        }

        private void room(int len) {
            if (count + len > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, count + len));
            }
        }
    }

    public static JsonText of(String text) {
        return new JsonText(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The bytes, to read without a copy (a hash of them). */
    public ByteBuffer bytes() {
        return ByteBuffer.wrap(utf8).asReadOnlyBuffer();
    }

    @Override
    public String toString() {
        return getValue();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonText other && Arrays.equals(utf8, other.utf8);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Arrays.hashCode(utf8);
            hash = h;
        }
        return h;
    }

    // SerializableString: the unquoted forms are the text itself; the quoted ones, rarely asked for, go through a String

    @Override
    public String getValue() {
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8.clone();
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (buffer.remaining() < utf8.length) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        return quoted().appendUnquoted(buffer, offset);
    }

    @Override
    public char[] asQuotedChars() {
        return quoted().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return quoted().putQuotedUTF8(buffer);
    }

    private SerializedString quoted() {
        return new SerializedString(getValue());
    }
}
