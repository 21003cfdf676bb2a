package vn.dvc.adapter.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.adapter.system.JsonText;

/**
 * The ledger's resend payload: {@code {"dossier": {...}, "progress": [...]}}, exactly as mapped.
 * Its parts are the JSON text the checks produced, joined as they are rather than serialised again;
 * a progress entry held back is {@code null}.
 */
record Payload(JsonText dossier, List<String> progress) {

    String write() {
        return "{\"dossier\":" + dossier + ",\"progress\":[" + String.join(",", progress) + "]}";
    }

    static Payload read(ObjectMapper json, String text) {
        try {
            JsonNode root = json.readTree(text);
            List<String> progress = new ArrayList<>();
            for (JsonNode p : root.path("progress")) {
                progress.add(p.isNull() ? null : json.writeValueAsString(p));   // an entry held back
            }
            return new Payload(JsonText.ofUtf8(JsonText.writer(json).writeValueAsBytes(root.get("dossier"))), progress);
        } catch (IOException e) {
            throw new IllegalStateException("ledger payload is not JSON", e);
        }
    }
}
