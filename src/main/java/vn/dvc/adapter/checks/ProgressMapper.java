package vn.dvc.adapter.checks;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.dvc.adapter.system.JsonText;

/**
 * A dossier's progress history ({@code TienDo}) for the portal's {@code CapNhatTienDoHoSoMC}: each
 * entry checked on its own, so a problem holds back that entry only ({@link ProgressIssue}), or
 * shortens a label field that {@code adapter.checks.over-limit} names ({@code NguoiXuLy} by default).
 */
final class ProgressMapper {

    /** Progress text fields with a published limit. */
    private static final Map<String, Integer> PROGRESS_LIMITS = Map.of("NguoiXuLy", Fields.NGUOI_XU_LY_MAX);

    private final Set<String> shortened;
    /** The dossier mapper's serialiser: an entry's UTF-8 text is what is sent and kept. */
    private final Function<JsonNode, JsonText> write;

    ProgressMapper(Set<String> shortened, Function<JsonNode, JsonText> write) {
        this.shortened = shortened;
        this.write = write;
    }

    /**
     * Maps the progress history into {@code wire} (one text per entry, null for an entry held
     * back) and {@code issues}; returns the entries' unknown field names. Only a history that is
     * not a list at all refuses the dossier: there is no entry to hold back.
     */
    List<String> map(RecordReader in, JsonNode item, String maHoSo, List<JsonText> wire,
                                  List<ProgressIssue> issues) {
        JsonNode history = item.get("TienDo");
        if (history == null || history.isNull()) {
            return List.of();
        }
        if (!history.isArray()) {
            throw in.refuse("TienDo", Problem.MALFORMED, history.toString(), "danh sách tiến độ", "a list of progress entries");
        }
        List<String> unknown = List.of();
        for (int i = 0; i < history.size(); i++) {
            JsonNode raw = history.get(i);
            if (raw.isObject()) {
                List<String> extra = Fields.unknown(raw, Fields.KNOWN_PROGRESS, "TienDo.");
                unknown = extra.isEmpty() ? unknown : Fields.concat(unknown, extra);
            }
            try {
                wire.add(write.apply(entry(in, raw, "TienDo[" + i + "]", maHoSo, i, issues)));
            } catch (RecordReader.Refused refused) {
                wire.add(null);
                issues.add(ProgressIssue.held(i, refused.violation()));
            }
        }
        return unknown;
    }

    private ObjectNode entry(RecordReader in, JsonNode raw, String path, String maHoSo, int index,
                             List<ProgressIssue> issues) {
        if (!raw.isObject()) {
            throw in.refuse(path, Problem.MALFORMED, raw.toString(), "đối tượng tiến độ", "a progress entry object");
        }
        String prefix = path + ".";
        ObjectNode entry = in.copyFields(raw, Fields.PROGRESS, prefix, "MaHoSo");
        JsonNode owner = raw.get("MaHoSo");
        if (owner == null || owner.isNull()) {
            entry.put("MaHoSo", maHoSo);
        } else if (!maHoSo.equals(owner.asText())) {
            throw in.refuse(path + ".MaHoSo", Problem.MALFORMED, owner.asText(), maHoSo);
        }
        for (Map.Entry<String, Integer> limit : PROGRESS_LIMITS.entrySet()) {
            String field = limit.getKey();
            JsonNode value = entry.get(field);
            int max = limit.getValue();
            if (value != null && value.isTextual() && length(value.asText()) > max && shortened.contains(field.toLowerCase(java.util.Locale.ROOT))) {
                String text = value.asText();
                entry.put(field, text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…");
                Violation shortenedBy = new Violation(maHoSo, prefix + field, Problem.TOO_LONG, String.valueOf(length(text)),
                        String.valueOf(max));
                issues.add(new ProgressIssue(index, prefix + field, ProgressIssue.Action.SHORTENED, Problem.TOO_LONG,
                        shortenedBy.message(), shortenedBy.messageEn(), text));
            }
            in.maxLength(entry, prefix, field, max);
        }
        in.code(entry, prefix, "TrangThai", 1, 10, false);
        for (String date : Fields.PROGRESS_DATES) {
            in.date(entry, prefix, date);
        }
        return entry;
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
