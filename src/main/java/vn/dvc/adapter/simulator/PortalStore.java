package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the portal holds. Every change is all-or-nothing per batch and made under one lock, so
 * concurrent batches cannot interleave a check with a store or lose a count. Without
 * {@code keepContent} (benchmarks of a million dossiers) it keeps which dossiers it holds and how
 * many progress entries, not their content: dossiers map to a missing node, progress to as many.
 */
final class PortalStore {

    private final boolean keepContent;
    private final Map<String, JsonNode> dossiers = new ConcurrentHashMap<>();
    private final Map<String, List<JsonNode>> progress = new ConcurrentHashMap<>();
    private final Map<String, Integer> progressCounts = new ConcurrentHashMap<>();
    private final Map<String, Integer> creates = new ConcurrentHashMap<>();
    private final Map<String, Integer> updates = new ConcurrentHashMap<>();

    PortalStore(boolean keepContent) {
        this.keepContent = keepContent;
    }

    private JsonNode kept(JsonNode d) {
        return keepContent ? d : MissingNode.getInstance();
    }

    /** Stores all, or none and returns the MaHoSo that already exists (or repeats within the batch). */
    synchronized String create(List<JsonNode> batch) {
        Set<String> seen = new HashSet<>();
        for (JsonNode d : batch) {
            String key = d.get("MaHoSo").asText();
            if (dossiers.containsKey(key) || !seen.add(key)) {
                return key;
            }
        }
        for (JsonNode d : batch) {
            String key = d.get("MaHoSo").asText();
            dossiers.put(key, kept(d));
            creates.merge(key, 1, Integer::sum);
        }
        return null;
    }

    /** Stores or replaces all; an update of an unknown dossier creates it. */
    synchronized void upsert(List<JsonNode> batch) {
        for (JsonNode d : batch) {
            String key = d.get("MaHoSo").asText();
            JsonNode previous = dossiers.put(key, kept(d));
            (previous == null ? creates : updates).merge(key, 1, Integer::sum);
        }
    }

    /** Appends all, or none and returns the MaHoSo of an entry whose dossier the portal lacks. */
    synchronized String appendProgress(List<JsonNode> entries) {
        for (JsonNode e : entries) {
            String key = e.path("MaHoSo").asText();
            if (!dossiers.containsKey(key)) {
                return key;
            }
        }
        for (JsonNode e : entries) {
            if (keepContent) {
                progress.computeIfAbsent(e.path("MaHoSo").asText(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(e);
            } else {
                progressCounts.merge(e.path("MaHoSo").asText(), 1, Integer::sum);
            }
        }
        return null;
    }

    /** Holds these dossiers and progress entries, as a portal restarted with its data would (simulate --demo). */
    synchronized void restore(Map<String, JsonNode> held, Map<String, List<JsonNode>> entries) {
        held.forEach((id, d) -> dossiers.put(id, kept(d)));
        entries.forEach((id, list) -> {
            if (keepContent) {
                progress.put(id, Collections.synchronizedList(new ArrayList<>(list)));
            } else {
                progressCounts.put(id, list.size());
            }
        });
    }

    /** Forgets these dossiers and their progress, as a portal that lost them would (a knob for reconciliation). */
    synchronized void lose(java.util.Collection<String> ids) {
        for (String id : ids) {
            dossiers.remove(id);
            progress.remove(id);
            progressCounts.remove(id);
        }
    }

    /** Replaces a dossier's content in place (a stale version: an older update, a manual edit at the portal). */
    synchronized void alter(String maHoSo, java.util.function.UnaryOperator<JsonNode> change) {
        dossiers.computeIfPresent(maHoSo, (k, d) -> change.apply(d.deepCopy()));
    }

    JsonNode dossier(String maHoSo) {
        return maHoSo == null ? null : dossiers.get(maHoSo);
    }

    Map<String, JsonNode> dossiers() {
        return Collections.unmodifiableMap(dossiers);
    }

    List<JsonNode> progress(String maHoSo) {
        if (!keepContent) {
            return Collections.nCopies(progressCounts.getOrDefault(maHoSo, 0), MissingNode.getInstance());
        }
        List<JsonNode> entries = progress.get(maHoSo);
        if (entries == null) {
            return List.of();
        }
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }

    int creates(String maHoSo) {
        return creates.getOrDefault(maHoSo, 0);
    }

    int updates(String maHoSo) {
        return updates.getOrDefault(maHoSo, 0);
    }

    /** Totals over all dossiers, for reports and assertions. */
    Map<String, Integer> totals() {
        Map<String, Integer> totals = new TreeMap<>();
        totals.put("dossiers", dossiers.size());
        totals.put("creates", creates.values().stream().mapToInt(Integer::intValue).sum());
        totals.put("updates", updates.values().stream().mapToInt(Integer::intValue).sum());
        totals.put("progress", progress.values().stream().mapToInt(List::size).sum()
            + progressCounts.values().stream().mapToInt(Integer::intValue).sum());
        return totals;
    }
}
