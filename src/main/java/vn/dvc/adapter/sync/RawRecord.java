package vn.dvc.adapter.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A refused source record as the ledger keeps it for a person to read. */
final class RawRecord {

    private RawRecord() {
    }

    /**
     * The record's JSON text without {@code XacThuc.IdToken}: its claims carry the applicant's
     * identity number and name, and verification, the only use the adapter has for it, is done.
     */
    static String withoutIdToken(JsonNode record) {
        vn.dvc.adapter.source.Unreadable unreadable = vn.dvc.adapter.source.Unreadable.of(record);
        if (unreadable != null) {
            return unreadable.raw();
        }
        JsonNode auth = record.get("XacThuc");
        if (auth == null || !auth.isObject() || !auth.has("IdToken")) {
            return record.toString();
        }
        ObjectNode copy = (ObjectNode) record.deepCopy();
        ((ObjectNode) copy.get("XacThuc")).put("IdToken", "[không lưu / not stored]");
        return copy.toString();
    }
}
