package vn.dvc.adapter.admin;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.dvc.adapter.ledger.Events;

/**
 * One transfer with what was sent (or, quarantined, what arrived) and its story, as a reader may
 * see it: for a viewer the citizen's identity number, phone and e-mail are masked everywhere.
 *
 * @param payload the ledger's payload as JSON ({@code {dossier, progress}}, or the raw record when quarantined)
 * @param progressIssues its progress entries held back or shortened: entry, field, action, problem, message, original
 */
public record TransferView(TransferRow transfer, Object payload, String sourceCursor, Instant sourceUpdated,
                           Instant createdAt, String integration, String eauthStatus, String eauthReason,
                           List<Events.Entry> story, boolean masked, List<java.util.Map<String, Object>> progressIssues) {

    public static TransferView of(LedgerQueries.Detail d, List<Events.Entry> story, boolean mask, ObjectMapper json) {
        JsonNode payload = parse(json, d.payload());
        if (mask) {
            payload = FieldMasker.tree(payload, d.row().maHoSo());
            story = story.stream().map(e -> new Events.Entry(e.id(), e.at(), e.runId(), e.kind(), e.state(), e.errorClass(),
                    e.stage(), e.code(), FieldMasker.error(e.message(), d.row().maHoSo()), FieldMasker.error(e.messageEn(), d.row().maHoSo()), e.httpStatus())).toList();
        }
        JsonNode issues = parse(json, d.progressIssues());
        if (mask && issues != null) {
            issues = FieldMasker.tree(issues, d.row().maHoSo());
        }
        List<java.util.Map<String, Object>> issueList = issues == null || !issues.isArray() ? List.of()
                : json.convertValue(issues, new com.fasterxml.jackson.core.type.TypeReference<>() { });
        return new TransferView(mask ? d.row().masked() : d.row(),
                payload == null ? null : json.convertValue(payload, Object.class), d.sourceCursor(), d.sourceUpdated(),
                d.createdAt(), d.integration(), d.eauthStatus(), d.eauthReason(), story, mask, issueList);
    }

    /** The payload as a tree; text that is not JSON (should not happen) is kept as a string. */
    private static JsonNode parse(ObjectMapper json, String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (Exception e) {
            return json.getNodeFactory().textNode(FieldMasker.text(text));
        }
    }

    /** The dossier's part of the payload, for the console's summary. */
    public JsonNode dossier(ObjectMapper json) {
        JsonNode tree = payload == null ? null : json.valueToTree(payload);
        if (tree == null) {
            return null;
        }
        return tree.has("dossier") ? tree.get("dossier") : tree;
    }
}
