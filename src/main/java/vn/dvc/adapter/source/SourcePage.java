package vn.dvc.adapter.source;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of the export API as read, records still raw: each is checked on its own so one bad
 * record never stops the page. {@code ref} names where the page starts, to name records that
 * have no usable MaHoSo.
 */
public record SourcePage(List<JsonNode> items, String nextCursor, String ref) {

    public boolean last() {
        return nextCursor == null || items.isEmpty();
    }
}
