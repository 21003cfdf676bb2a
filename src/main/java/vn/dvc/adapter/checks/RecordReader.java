package vn.dvc.adapter.checks;

import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads the fields of one record, refusing at the first problem with a {@link Violation} that
 * names the record and the field path.
 */
final class RecordReader {

    /** Control flow for a refused record; carries no stack trace, bad input is not exceptional. */
    static final class Refused extends RuntimeException {
        private final transient Violation violation;

        Refused(Violation violation) {
            super(violation.message(), null, false, false);
            this.violation = violation;
        }

        Violation violation() {
            return violation;
        }
    }

    private final String key;
    private final ObjectMapper json;

    RecordReader(String key, ObjectMapper json) {
        this.key = key;
        this.json = json;
    }

    Refused refuse(String field, Problem problem, String value, String detail) {
        return new Refused(new Violation(key, field, problem, value, detail));
    }

    /** As above, with what was expected worded in Vietnamese and in English. */
    Refused refuse(String field, Problem problem, String value, String detail, String detailEn) {
        return new Refused(new Violation(key, field, problem, value, detail, detailEn));
    }

    /**
     * A copy of the named fields in the list's order, strings in NFC, keys of nested items sorted;
     * refuses control characters and half UTF-16 pairs anywhere inside.
     */
    ObjectNode copyFields(JsonNode from, List<String> names, String pathPrefix) {
        return copyFields(from, names, pathPrefix, null);
    }

    /** As above; {@code reserved}, a field the adapter fills in itself, keeps its place even when the source lacks it. */
    ObjectNode copyFields(JsonNode from, List<String> names, String pathPrefix, String reserved) {
        ObjectNode out = json.createObjectNode();
        for (String name : names) {
            JsonNode value = from.get(name);
            if (value != null) {
                out.set(name, normalised(value, new Path(pathPrefix, null, name, -1)));
            } else if (name.equals(reserved)) {
                out.putNull(name);
            }
        }
        return out;
    }

    /**
     * Latin letters (below U+0300, Đ and the horned Ơ, Ư among them) and the precomposed Latin of
     * U+1E00–U+1EFF (Vietnamese ạ…ỹ): text of these alone is NFC, in any order (RecordReaderTest
     * checks every pair), so the normaliser is asked only about anything else.
     */
    static boolean precomposed(char c) {
        return c < 0x300 || c >= 0x1E00 && c < 0x1F00;
    }

    /**
     * Where a value sits in the record ("TaiLieuNop[0].TenTepDinhKem"), spelled out only for a refusal:
     * building the text for every value of every record was a sizeable part of the checks.
     */
    private record Path(String prefix, Path parent, String name, int index) {
        @Override
        public String toString() {
            if (parent == null) {
                return prefix + name;
            }
            return index >= 0 ? parent + "[" + index + "]" : parent + "." + name;
        }
    }

    /**
     * The value in canonical form: text in NFC, nested objects' keys sorted. A list or object already
     * so is the source's own node, not a copy (nothing changes a mapped dossier's nested nodes).
     */
    private JsonNode normalised(JsonNode value, Path path) {
        if (value.isTextual()) {
            String text = value.asText();
            return composed(text, path) || Normalizer.isNormalized(text, Normalizer.Form.NFC)
                    ? value : json.getNodeFactory().textNode(Normalizer.normalize(text, Normalizer.Form.NFC));
        }
        if (value.isArray()) {
            ArrayNode out = null;   // made at the first item that changes
            for (int i = 0; i < value.size(); i++) {
                JsonNode item = value.get(i);
                JsonNode canonical = normalised(item, new Path(null, path, null, i));
                if (out == null && canonical != item) {
                    out = json.createArrayNode();
                    for (int before = 0; before < i; before++) {
                        out.add(value.get(before));
                    }
                }
                if (out != null) {
                    out.add(canonical);
                }
            }
            return out == null ? value : out;
        }
        if (value.isObject()) {
            // keys of nested items in sorted order: the canonical form, whatever order a system writes them in
            List<String> names = new ArrayList<>(value.size());
            value.fieldNames().forEachRemaining(names::add);
            boolean sorted = true;
            for (int k = 1; k < names.size() && sorted; k++) {
                sorted = names.get(k - 1).compareTo(names.get(k)) <= 0;
            }
            if (!sorted) {
                Collections.sort(names);
            }
            ObjectNode out = sorted ? null : json.createObjectNode();   // else made at the first value that changes
            for (int k = 0; k < names.size(); k++) {
                String name = names.get(k);
                JsonNode child = value.get(name);
                composed(name, path);   // a key is the source's text too; a broken one is named by its object
                JsonNode canonical = normalised(child, new Path(null, path, name, -1));
                if (out == null && canonical != child) {
                    out = json.createObjectNode();
                    for (int before = 0; before < k; before++) {
                        out.set(names.get(before), value.get(names.get(before)));
                    }
                }
                if (out != null) {
                    out.set(name, canonical);
                }
            }
            return out == null ? value : out;
        }
        return value;
    }

    /**
     * Whether the text is of precomposed letters alone (NFC without asking the normaliser); refuses a control
     * character, and half of a UTF-16 pair: a JSON escape such as "\\ud83d" cut from its pair (text truncated in
     * UTF-16), no character at all, which UTF-8 cannot carry to the portal or the ledger.
     */
    private boolean composed(String text, Path path) {
        boolean composed = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7f) {
                throw refuse(path.toString(), Problem.CONTROL_CHARACTER, null, null);
            }
            if (!precomposed(c)) {
                composed = false;
                if (Character.isSurrogate(c)) {
                    if (!Character.isHighSurrogate(c) || i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                        throw refuse(path.toString(), Problem.INVALID_UNICODE, null, null);
                    }
                    i++;
                }
            }
        }
        return composed;
    }

    String requiredText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
            throw refuse(field, Problem.MISSING, null, null);
        }
        if (!value.isTextual()) {
            throw refuse(field, Problem.MALFORMED, value.toString(), "chuỗi ký tự", "a string");
        }
        return value.asText();
    }

    int code(JsonNode node, String field, int min, int max, boolean required) {
        Integer code = code(node, "", field, min, max, required);
        return code == null ? 0 : code;
    }

    /**
     * A code's value: a string of digits, as every public client sends codes, or a JSON integer from
     * an older source. Either way it is validated and left as it came: never retyped (domain.md §4).
     * An empty string is no value, as OpenCPS sends it. {@code prefix}: where the field's object sits ("TaiLieuNop[0].",
     * or ""), joined to the field's name only to name it in a refusal.
     */
    Integer code(JsonNode node, String prefix, String field, int min, int max, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            if (required) {
                throw refuse(prefix + field, Problem.MISSING, null, null);
            }
            return null;
        }
        int code;
        if (value.isIntegralNumber() && value.canConvertToInt()) {
            code = value.intValue();
        } else if (value.isTextual() && digits(value.asText(), 1, 3)) {
            code = Integer.parseInt(value.asText());
        } else {
            throw refuse(prefix + field, Problem.MALFORMED, value.asText(), "mã dạng chuỗi số " + min + ".." + max,
                    "a code as a string of digits " + min + ".." + max);
        }
        if (code < min || code > max) {
            throw refuse(prefix + field, Problem.UNKNOWN_CODE, String.valueOf(code), min + ".." + max);
        }
        return code;
    }

    static boolean digits(String text, int min, int max) {
        if (text.length() < min || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** A list field: absent, null or a JSON array; its items must be objects. */
    JsonNode list(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw refuse(field, Problem.MALFORMED, value.toString(), "danh sách", "a list");
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isObject()) {
                throw refuse(field + "[" + i + "]", Problem.MALFORMED, value.get(i).toString(), "đối tượng", "an object");
            }
        }
        return value;
    }

    LocalDateTime requiredDate(JsonNode node, String field) {
        LocalDateTime date = date(node, "", field);
        if (date == null) {
            throw refuse(field, Problem.MISSING, null, null);
        }
        return date;
    }

    LocalDateTime date(JsonNode node, String field) {
        return date(node, "", field);
    }

    /** As {@link #code}, {@code prefix} names the field's object in a refusal. */
    LocalDateTime date(JsonNode node, String prefix, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            return null;
        }
        LocalDateTime date = value.isTextual() ? WireDates.parse(value.asText()) : null;
        if (date == null) {
            throw refuse(prefix + field, Problem.INVALID_DATE, value.asText(), null);
        }
        return date;
    }

    void notBefore(String field, LocalDateTime value, String otherField, LocalDateTime other) {
        if (value != null && other != null && value.isBefore(other)) {
            throw refuse(field, Problem.DATE_ORDER, WireDates.format(value), otherField + " " + WireDates.format(other));
        }
    }

    void maxLength(JsonNode node, String field, int max) {
        maxLength(node, "", field, max);
    }

    /** As {@link #code}, {@code prefix} names the field's object in a refusal. */
    void maxLength(JsonNode node, String prefix, String field, int max) {
        JsonNode value = node == null ? null : node.get(field);
        if (value != null && value.isTextual()) {
            String text = value.asText();
            int length = text.codePointCount(0, text.length());
            if (length > max) {
                throw refuse(prefix + field, Problem.TOO_LONG, String.valueOf(length), String.valueOf(max));
            }
        }
    }
}
