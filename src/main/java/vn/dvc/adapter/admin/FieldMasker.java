package vn.dvc.adapter.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.dvc.adapter.system.Masking;

/**
 * Masks a citizen's identity number, phone and e-mail for a {@link Role#VIEWER}: the named fields
 * of a dossier wherever they occur, whatever their case and whatever they hold ({@code MaDoiTuong}
 * too: for a citizen it repeats the identity number), and in every other text, number and object key
 * whatever {@link Masking} finds: identity and phone numbers, e-mail addresses, JWTs (ID tokens) and
 * long base64 runs. Linear in the size of what it masks; the lead's {@code source check} previews
 * with it what a viewer would see.
 */
public final class FieldMasker {

    /** The dossier fields that identify a citizen (compared without case). */
    public static final Set<String> FIELDS = Set.of("sogiaytochuhoso", "sodinhdanh", "sodienthoai", "email", "fax", "madoituong");

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
        return "email".equalsIgnoreCase(name) ? email(value) : number(value);
    }

    /** Identity and phone numbers, e-mail addresses, JWTs and long base64 runs inside a free text. */
    public static String text(String text) {
        return Masking.mask(text);
    }

    /**
     * An error as a viewer reads it: what a check said, what the portal or the source answered, why a run stopped; the
     * systems' addresses and any credential it quotes hidden, then masked as a text about its dossier
     * ({@link Masking#forViewer}).
     */
    public static String error(String text, String maHoSo) {
        return Masking.forViewer(text, maHoSo);
    }

    /** A note of the adapter's own (why a run stopped) as a viewer reads it: {@link #error} about no dossier. */
    public static String note(String text) {
        return error(text, null);
    }

    /** A run as a viewer reads it: its note as {@link #note}. */
    public static vn.dvc.adapter.ledger.Run run(vn.dvc.adapter.ledger.Run r) {
        return r == null || r.message() == null ? r : r.noted(note(r.message()));
    }

    /** The same, about one dossier: its own code stays readable wherever the text names it ({@link Masking#mask(String, String)}). */
    public static String text(String text, String maHoSo) {
        return Masking.mask(text, maHoSo);
    }

    /** A copy of the tree with every one of {@link #FIELDS} and every text, number and key masked, at any depth; the argument is untouched. */
    public static JsonNode tree(JsonNode node) {
        return tree(node, null);
    }

    /** The same, about one dossier: its own code stays readable. */
    public static JsonNode tree(JsonNode node, String maHoSo) {
        if (node == null) {
            return null;
        }
        return masked(node.deepCopy(), null, maHoSo);
    }

    /** The node masked (in place for a container); {@code field} is the identifying field it belongs to, else null. */
    private static JsonNode masked(JsonNode node, String field, String maHoSo) {
        if (node instanceof ObjectNode object) {
            maskObject(object, field, maHoSo);
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, masked(array.get(i), field, maHoSo));
            }
            return array;
        }
        if (node.isNull() || node.isMissingNode() || node.isBoolean()) {
            return node;
        }
        String text = node.isNumber() ? plain(node) : node.asText();
        String masked = field != null ? field(field, text) : text(text, maHoSo);
        return masked.equals(text) ? node : TextNode.valueOf(masked);
    }

    private static void maskObject(ObjectNode object, String field, String maHoSo) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        boolean keysChanged = false;
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            String name = e.getKey();
            String inner = field != null ? field : FIELDS.contains(name.toLowerCase(Locale.ROOT)) ? name : null;
            String key = text(name);
            keysChanged |= !key.equals(name);
            entries.add(Map.entry(key, masked(e.getValue(), inner, maHoSo)));
        }
        if (keysChanged) {
            object.removeAll();
        }
        for (Map.Entry<String, JsonNode> e : entries) {
            String key = e.getKey();
            for (int n = 2; keysChanged && object.has(key); n++) {
                key = e.getKey() + " #" + n;   // two numbers that mask alike stay two entries
            }
            object.set(key, e.getValue());
        }
    }

    /** A JSON number as written, without an exponent: 1.099012345E9 is the identity number 1099012345. */
    private static String plain(JsonNode number) {
        return number.isIntegralNumber() ? number.bigIntegerValue().toString() : number.decimalValue().toPlainString();
    }
}
