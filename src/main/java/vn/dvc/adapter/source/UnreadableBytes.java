package vn.dvc.adapter.source;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A record of an export page whose bytes are not all UTF-8, as an {@link Unreadable}: its text with
 * each broken sequence shown as U+FFFD, and, when that text is still JSON, the dossier it names, its
 * agency and change time (so the record is filed where it belongs and the checkpoint may pass it) and
 * the field the bad bytes fall in.
 */
final class UnreadableBytes {

    private static final char BROKEN = '\uFFFD';

    private UnreadableBytes() {
    }

    static Unreadable of(byte[] bytes, ObjectMapper json) {
        String raw = new String(bytes, StandardCharsets.UTF_8);
        JsonNode record = null;
        try {
            record = json.readTree(raw);
        } catch (java.io.IOException notJson) {
            // the bad bytes broke its structure too: named by its place on the page
        }
        String field = record == null ? "" : broken(record, "");
        String where = field.isEmpty() ? "" : " (" + field + ")";
        return new Unreadable(text(record, "MaHoSo"), text(record, "MaDonVi"), instant(text(record, "CapNhatLuc")), field,
                "bản ghi có byte không phải UTF-8" + where + "; các ký tự hỏng hiện là " + BROKEN,
                "the record holds bytes that are not UTF-8" + where + "; they show as " + BROKEN, raw);
    }

    /** The path of the first value holding a broken character, or "" when none does (the bytes were in a name). */
    private static String broken(JsonNode node, String path) {
        if (node.isTextual()) {
            return node.asText().indexOf(BROKEN) >= 0 ? path : "";
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String found = broken(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
                if (!found.isEmpty()) {
                    return found;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = broken(node.get(i), path + "[" + i + "]");
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return "";
    }

    /** A text field of the record, unless the bad bytes fell in it. */
    private static String text(JsonNode record, String field) {
        JsonNode v = record == null ? null : record.get(field);
        return v == null || !v.isTextual() || v.asText().indexOf(BROKEN) >= 0 ? null : v.asText();
    }

    private static Instant instant(String text) {
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
