package vn.dvc.adapter.admin;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.dvc.adapter.system.Masking;

/**
 * Masks a citizen's identity number, phone and e-mail for a {@link Role#VIEWER}: the named
 * fields of a dossier wherever they occur ({@code MaDoiTuong} too: for a citizen it repeats the
 * identity number), and identity or phone numbers, addresses, JWTs (ID tokens) and long base64
 * strings inside every other text value.
 */
public final class FieldMasker {

    /** The dossier fields that identify a citizen. */
    public static final Set<String> FIELDS = Set.of("SoGiayToChuHoSo", "SoDienThoai", "Email", "MaDoiTuong");

    /**
     * A JWT (its header is JSON, so it starts {@code eyJ}; an ID token's claims carry
     * {@code SoDinhDanh} and the name, readable by anyone who decodes them) and any other long
     * base64 or base64url run (an encoded document, a signature).
     * 40 characters: longer than any code of the contracts, shorter than any token.
     */
    private static final Pattern ENCODED = Pattern.compile(
            "(?<![\\w+/=-])(?:eyJ[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]{4,}\\.[A-Za-z0-9_-]*|(?=[A-Za-z0-9+/_-]*\\d)[A-Za-z0-9+/_-]{40,}={0,2})(?![\\w+/=-])");

    /** What an encoded value is shown as to a viewer: its kind and length, never its content. */
    static final String ENCODED_MASK = "[đã che: %d ký tự mã hoá / %d encoded characters hidden]";

    private static final Pattern EMAIL = Pattern.compile("([\\p{L}\\d._%+-])[\\p{L}\\d._%+-]*(@[\\p{L}\\d.-]+\\.[\\p{L}]{2,})");

    private FieldMasker() {
    }

    /** "012345678901" → "01********01"; four characters or fewer are masked whole. */
    public static String number(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        String v = value.strip();
        int n = v.length();
        return n <= 4 ? "*".repeat(n) : v.substring(0, 2) + "*".repeat(n - 4) + v.substring(n - 2);
    }

    /** "an.nguyen@example.vn" → "a***@example.vn". */
    public static String email(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.indexOf('@');
        return at <= 0 ? number(value) : value.charAt(0) + "***" + value.substring(at);
    }

    /** The value of one of {@link #FIELDS}, masked. */
    public static String field(String name, String value) {
        return "Email".equals(name) ? email(value) : number(value);
    }

    /** Identity and phone numbers and e-mail addresses inside a message. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        Matcher m = EMAIL.matcher(Masking.mask(encoded(text)));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "***" + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** JWTs and long base64 runs replaced by {@link #ENCODED_MASK}: masking digits would leave the claims readable. */
    static String encoded(String text) {
        Matcher m = ENCODED.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        do {
            int n = m.group().length();
            m.appendReplacement(out, Matcher.quoteReplacement(String.format(ENCODED_MASK, n, n)));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    /** A copy of the tree with every one of {@link #FIELDS} masked, at any depth; the argument is untouched. */
    public static JsonNode tree(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode copy = node.deepCopy();
        maskInPlace(copy);
        return copy;
    }

    private static void maskInPlace(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                JsonNode v = e.getValue();
                if (FIELDS.contains(e.getKey()) && v.isValueNode() && !v.isNull()) {
                    e.setValue(TextNode.valueOf(field(e.getKey(), v.asText())));
                } else if (v.isTextual()) {
                    e.setValue(TextNode.valueOf(text(v.asText())));
                } else {
                    maskInPlace(v);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(text(array.get(i).asText())));
                } else {
                    maskInPlace(array.get(i));
                }
            }
        }
    }
}
