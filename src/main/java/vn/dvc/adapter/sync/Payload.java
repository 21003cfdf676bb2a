package vn.dvc.adapter.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import vn.dvc.adapter.system.JsonText;

/**
 * The ledger's resend payload: {@code {"dossier": {...}, "progress": [...]}}, exactly as mapped.
 * Its parts are the JSON text the checks produced, joined as they are rather than serialised again;
 * a progress entry held back is {@code null}.
 */
record Payload(JsonText dossier, List<JsonText> progress) {

    String write() {
        StringBuilder out = new StringBuilder("{\"dossier\":").append(dossier).append(",\"progress\":[");
        for (int i = 0; i < progress.size(); i++) {
            out.append(i == 0 ? "" : ",").append(progress.get(i));   // an entry held back: null, as JSON writes it
        }
        return out.append("]}").toString();
    }

    static Payload read(ObjectMapper json, String text) {
        try {
            JsonNode root = json.readTree(text);
            ObjectWriter writer = JsonText.writer(json);
            List<JsonText> progress = new ArrayList<>();
            for (JsonNode p : root.path("progress")) {
                progress.add(p.isNull() ? null : JsonText.write(writer, p));   // an entry held back
            }
            return new Payload(JsonText.write(writer, root.get("dossier")), progress);
        } catch (IOException e) {
            throw new IllegalStateException("ledger payload is not JSON", e);
        }
    }
}
