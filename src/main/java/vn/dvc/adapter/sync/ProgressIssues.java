package vn.dvc.adapter.sync;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.checks.ProgressIssue;

/**
 * The ledger's form of a dossier's progress entries held back or shortened: a JSON list of
 * {@code {"entry","field","action","problem","message","original"}}, shown on the transfer.
 */
@Component
class ProgressIssues {

    private final ObjectMapper json;

    public ProgressIssues(ObjectMapper json) {
        this.json = json;
    }

    /** Null for none, the common case: no column text to write. */
    String write(List<ProgressIssue> issues) {
        if (issues.isEmpty()) {
            return null;
        }
        ArrayNode out = json.createArrayNode();
        for (ProgressIssue i : issues) {
            out.addObject().put("entry", i.entry()).put("field", i.field()).put("action", i.action().name())
                    .put("problem", i.problem().name()).put("message", i.message()).put("messageEn", i.messageEn()).put("original", i.original());
        }
        try {
            return json.writeValueAsString(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
