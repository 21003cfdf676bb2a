package vn.dvc.adapter.source;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.POJONode;

/**
 * A source record that could not be read as data: bytes that are not UTF-8 inside one record of an
 * export page, or a database row the profile's mapping failed on. It travels on its page like any
 * record ({@link #node()}) and is quarantined with its reason, naming the dossier when it is known
 * and the field; the rest of the page goes on.
 *
 * @param maHoSo    the dossier's code when it could be read, else null (the record is then named by its place)
 * @param maDonVi   the agency it is filed under when known, else null
 * @param updatedAt its change time when known (the checkpoint may pass it), else null
 * @param field     what could not be read ("" for the whole record)
 * @param reason    why, in Vietnamese; {@code reasonEn} in English
 * @param raw       what arrived, as text a person can read (undecodable bytes shown as U+FFFD)
 */
public record Unreadable(String maHoSo, String maDonVi, Instant updatedAt, String field, String reason, String reasonEn,
                         String raw) {

    /** The record as an item of a {@link SourcePage}. */
    public JsonNode node() {
        return new POJONode(this);
    }

    /** The unreadable record an item of a page stands for, or null when it is an ordinary record. */
    public static Unreadable of(JsonNode item) {
        return item instanceof POJONode pojo && pojo.getPojo() instanceof Unreadable u ? u : null;
    }
}
