package vn.dvc.adapter.source.database;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import vn.dvc.adapter.checks.WireDates;
import vn.dvc.adapter.source.Unreadable;

/**
 * Turns the dossiers a page of change events names into source records: each dossier's row, its
 * child lists (processing history, files, fees) and the lookups, through the profile's mapping, to
 * the export API's record shape (domain.md §3), so the rest of the flow cannot tell the sources
 * apart. {@code CapNhatLuc} is set here, not by the mapping: the dossier's latest change, its own
 * row's or a child's ({@code changed_at} of each), which the checkpoint relies on. A dossier is read
 * at its latest change: one whose latest change lies beyond the page's end is left to the page that
 * ends after it, so a run reads each dossier once however many of its rows changed. A dossier the
 * mapping fails on is an {@link Unreadable} record; a key without a row (a draft the query leaves
 * out, a deleted dossier) is no record.
 */
final class DossierRows {

    /** A dossier named by the change events, with its latest change among them. */
    record Changed(Object key, LocalDateTime at) {}

    /** The key column every dossier and child query returns. */
    static final String KEY = "dossier_key";
    /** The change time a dossier or child query may return: the row's last change. */
    static final String CHANGED = "changed_at";

    private DossierRows() {
    }

    /** @param end where the page's events end, or null on the last page (everything named is read now) */
    static List<JsonNode> read(SourceDatabase db, List<Changed> changed, Position end) {
        if (changed.isEmpty()) {
            return List.of();
        }
        Map<String, List<Object>> params = Map.of("keys", changed.stream().map(Changed::key).toList());
        Map<String, ObjectNode> dossiers = new HashMap<>();
        db.query(Profile.DOSSIERS, params).forEach(row -> dossiers.put(Rows.key(row.get(KEY)), row));
        Map<String, Map<String, ArrayNode>> children = new LinkedHashMap<>();
        for (String child : db.profile.children()) {
            Map<String, ArrayNode> byKey = new HashMap<>();
            db.query(child, params).forEach(row -> byKey.computeIfAbsent(Rows.key(row.get(KEY)),
                    k -> JsonNodeFactory.instance.arrayNode()).add(row));
            children.put(child, byKey);
        }
        Map<String, JsonNode> variables = variables(db);
        List<JsonNode> items = new ArrayList<>(changed.size());
        for (Changed c : changed) {
            String key = Rows.key(c.key());
            ObjectNode row = dossiers.get(key);
            if (row == null) {
                continue;
            }
            ObjectNode input = JsonNodeFactory.instance.objectNode();
            input.set("dossier", row);
            children.forEach((name, byKey) -> input.set(name, byKey.getOrDefault(key, JsonNodeFactory.instance.arrayNode())));
            LocalDateTime latest = latest(db, input, c.at());
            // later than the page's end: the page that ends after it reads it (ties at the end's time are read
            // now, whatever the key: the database's collation, not Java's, orders text keys)
            if (end == null || !latest.isAfter(end.time())) {
                items.add(map(db, input, variables, db.rows.instant(latest)));
            }
        }
        return items;
    }

    /** What the mapping sees beside the rows: {@code $codes}, {@code $file_url} and each lookup table by its name. */
    static Map<String, JsonNode> variables(SourceDatabase db) {
        Map<String, JsonNode> variables = new HashMap<>();
        variables.put("codes", db.profile.codes());
        variables.put("file_url", db.fileUrl == null ? JsonNodeFactory.instance.nullNode() : TextNode.valueOf(db.fileUrl));
        for (String lookup : db.profile.lookups()) {
            ArrayNode table = JsonNodeFactory.instance.arrayNode();
            db.query(lookup, Map.of()).forEach(table::add);
            variables.put(lookup, table);
        }
        return variables;
    }

    /** The latest {@code changed_at} of the dossier's row and of every child row, and never before its event. */
    private static LocalDateTime latest(SourceDatabase db, ObjectNode input, LocalDateTime event) {
        LocalDateTime latest = event;
        for (JsonNode part : input) {
            for (JsonNode row : part.isArray() ? part : List.of(part)) {
                JsonNode at = row.get(CHANGED);
                if (at != null && at.isTextual()) {
                    LocalDateTime t = LocalDateTime.ofInstant(WireDates.isoInstant(at.asText()), db.zone);   // as Rows wrote it
                    latest = t.isAfter(latest) ? t : latest;
                }
            }
        }
        return latest;
    }

    private static JsonNode map(SourceDatabase db, ObjectNode input, Map<String, JsonNode> variables, TextNode changedAt) {
        ObjectNode row = (ObjectNode) input.get("dossier");
        try {
            JsonNode out = db.profile.dossier().apply(variables, input);
            if (!(out instanceof ObjectNode record)) {
                throw new IllegalStateException("dossier.jslt made " + (out == null ? "nothing" : out.getNodeType()) + ", not an object");
            }
            record.set("CapNhatLuc", changedAt);
            return record;
        } catch (RuntimeException e) {
            String why = String.valueOf(e.getMessage());
            return new Unreadable(text(row, db.profile.codeColumn()), text(row, db.profile.agencyColumn()),
                    java.time.Instant.parse(changedAt.asText()), "", "ánh xạ của hồ sơ nguồn lỗi (" + why + ")",
                    "the profile's mapping failed (" + why + ")", input.toString()).node();
        }
    }

    private static String text(ObjectNode row, String column) {
        JsonNode value = column == null ? null : row.get(column);
        return value == null || value.isNull() ? null : value.asText();
    }
}
