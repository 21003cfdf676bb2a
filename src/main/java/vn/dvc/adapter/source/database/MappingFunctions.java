package vn.dvc.adapter.source.database;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.schibsted.spt.data.jslt.Function;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.filters.JsonFilter;

import vn.dvc.adapter.checks.WireDates;

/**
 * What a profile's mapping can call beyond JSLT's own functions. Rows reach the mapping with every
 * timestamp already read in the database's zone and written as an ISO-8601 instant ({@link Rows}),
 * so {@code dvcqg-time(.submit_date)} is all a mapping needs to write the portal's dates.
 */
final class MappingFunctions {

    private MappingFunctions() {
    }

    /** {@code dvcqg-time(instant)}: an ISO-8601 instant as the portal writes dates, yyyyMMddHHmmss in Asia/Ho_Chi_Minh; null stays null. */
    static final Function DVCQG_TIME = new Function() {
        @Override
        public String getName() {
            return "dvcqg-time";
        }

        @Override
        public int getMinArguments() {
            return 1;
        }

        @Override
        public int getMaxArguments() {
            return 1;
        }

        @Override
        public JsonNode call(JsonNode input, JsonNode[] params) {
            JsonNode value = params[0];
            if (value == null || value.isNull() || value.isMissingNode()) {
                return NullNode.instance;
            }
            try {
                return TextNode.valueOf(WireDates.format(LocalDateTime.ofInstant(WireDates.isoInstant(value.asText()), WireDates.ZONE)));
            } catch (DateTimeParseException e) {
                throw new JsltException("dvcqg-time: '" + value.asText() + "' is not an instant read from the database");
            }
        }
    };

    static final List<Function> ALL = List.of(DVCQG_TIME);

    /**
     * A NULL column is no value: the key is left out. An empty list stays (a dossier without files
     * has "TaiLieuNop": []), unlike JSLT's default, which drops empty lists and objects too.
     */
    static final JsonFilter KEEP_ALL_BUT_NULL = value -> value != null && !value.isNull() && !value.isMissingNode();
}
