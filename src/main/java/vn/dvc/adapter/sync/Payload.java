package vn.dvc.adapter.sync;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The ledger's resend payload: {@code {"dossier": {...}, "progress": [...]}}, exactly as mapped. */
record Payload(ObjectNode dossier, List<ObjectNode> progress) {

    String write(ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        root.set("dossier", dossier);
        root.putArray("progress").addAll(progress);
        try {
            return json.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Payload read(ObjectMapper json, String text) {
        try {
            JsonNode root = json.readTree(text);
            List<ObjectNode> progress = new ArrayList<>();
            root.path("progress").forEach(p -> progress.add((ObjectNode) p));
            return new Payload((ObjectNode) root.get("dossier"), progress);
        } catch (IOException e) {
            throw new IllegalStateException("ledger payload is not JSON", e);
        }
    }
}
