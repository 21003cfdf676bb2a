package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The one-stop system's change feed: the generated dossiers in index order (CapNhatLuc order), then
 * the dossiers changed since, in the order they changed. A changed dossier leaves its old position.
 * Positions are found by binary search, so a page costs O(limit) whatever the data set's size.
 */
final class SourceFeed {

    /** A dossier changed after generation; its JSON is never mutated once stored. */
    record Touched(int index, FeedCursor key, ObjectNode json) {}

    /** One page: base indices and touched dossiers in feed order, and where to continue (null: end). */
    record Page(List<Object> items, FeedCursor next) {}

    private final DemoData data;
    private final Map<Integer, Touched> touchedByIndex = new HashMap<>();
    private final List<Touched> touched = new ArrayList<>(); // strictly increasing CapNhatLuc

    SourceFeed(DemoData data) {
        this.data = data;
    }

    /** Items with CapNhatLuc >= since (when given) and strictly after {@code after} (when given). */
    synchronized Page page(Instant since, FeedCursor after, int limit) {
        List<Object> items = new ArrayList<>(limit);
        int n = data.dossierCount();
        int i = skipTouched(firstBase(since, after));
        while (items.size() < limit && i < n) {
            items.add(i);
            i = skipTouched(i + 1);
        }
        int j = firstTouched(since, after);
        while (items.size() < limit && j < touched.size()) {
            items.add(touched.get(j++));
        }
        boolean more = i < n || j < touched.size();
        return new Page(items, more ? key(items.get(items.size() - 1)) : null);
    }

    synchronized ObjectNode touch(String maHoSo, Consumer<ObjectNode> change) {
        int index = data.indexOf(maHoSo);
        if (index < 0) {
            throw new IllegalArgumentException("no dossier " + maHoSo + " in the source");
        }
        Touched before = touchedByIndex.get(index);
        ObjectNode json = before != null ? before.json().deepCopy() : data.dossier(index);
        change.accept(json);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant latest = touched.isEmpty()
            ? (data.dossierCount() == 0 ? now : data.updatedAt(data.dossierCount() - 1))
            : touched.get(touched.size() - 1).key().at();
        Instant at = now.isAfter(latest) ? now : latest.plusSeconds(1);
        json.put("CapNhatLuc", Wire.iso(at));
        Touched after = new Touched(index, new FeedCursor(at, json.path("MaHoSo").asText(maHoSo)), json);
        if (before != null) {
            touched.remove(before);
        }
        touched.add(after);
        touchedByIndex.put(index, after);
        return json.deepCopy();
    }

    /** The latest version of every dossier in feed order, generated lazily. */
    Stream<ObjectNode> current() {
        Set<Integer> moved;
        List<Touched> tail;
        synchronized (this) {
            moved = new HashSet<>(touchedByIndex.keySet());
            tail = List.copyOf(touched);
        }
        return Stream.concat(
            IntStream.range(0, data.dossierCount()).filter(i -> !moved.contains(i)).mapToObj(data::dossier),
            tail.stream().map(t -> t.json().deepCopy()));
    }

    private FeedCursor key(Object item) {
        return item instanceof Touched t ? t.key() : new FeedCursor(data.updatedAt((Integer) item), data.maHoSo((Integer) item));
    }

    private int skipTouched(int i) {
        while (i < data.dossierCount() && touchedByIndex.containsKey(i)) {
            i++;
        }
        return i;
    }

    /** First base index at or after both bounds; base CapNhatLuc is strictly increasing. */
    private int firstBase(Instant since, FeedCursor after) {
        int from = since == null ? 0 : lowerBound(since);
        if (after != null) {
            int k = lowerBound(after.at());
            if (k < data.dossierCount() && data.updatedAt(k).equals(after.at())
                && data.maHoSo(k).compareTo(after.maHoSo()) <= 0) {
                k++;
            }
            from = Math.max(from, k);
        }
        return from;
    }

    private int lowerBound(Instant at) {
        int lo = 0;
        int hi = data.dossierCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (data.updatedAt(mid).isBefore(at)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private int firstTouched(Instant since, FeedCursor after) {
        int lo = 0;
        int hi = touched.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            FeedCursor key = touched.get(mid).key();
            boolean before = (since != null && key.at().isBefore(since)) || (after != null && key.compareTo(after) <= 0);
            if (before) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
