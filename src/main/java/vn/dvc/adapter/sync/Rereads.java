package vn.dvc.adapter.sync;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvc.adapter.checks.WireDates;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;

/**
 * Dossiers to read again from the source, whose content the ledger does not keep: reconcile's repair
 * of the drift, a replay of a transfer marked FAILED without its payload. Grouped by the CapNhatLuc the
 * ledger last saw each at, one window per instant, read in small pages from that instant (inclusive)
 * until its dossiers are found or the feed has moved past it. A dossier not found has changed at the
 * source since: the next sync run reads its new version. One per reconcile or replay, in the exchange
 * property {@link vn.dvc.adapter.system.ExchangeKeys#REREADS}; not shared between threads.
 */
public final class Rereads {

    private final Deque<Window> windows = new ArrayDeque<>();
    private final List<String> changedSince = new ArrayList<>();

    /** The records of one CapNhatLuc instant still to find, and where the last page of it ended. */
    private static final class Window {
        final Instant at;
        final Set<String> ids;
        String cursor;

        Window(Instant at, Set<String> ids) {
            this.at = at;
            this.ids = ids;
        }
    }

    /** These dossiers, by the CapNhatLuc the ledger last saw them at (a null instant: cannot be found). */
    public Rereads(Map<String, Instant> lastSeen) {
        TreeMap<Instant, Set<String>> byInstant = new TreeMap<>();
        lastSeen.forEach((id, at) -> {
            if (at == null) {
                changedSince.add(id);
            } else {
                byInstant.computeIfAbsent(at, k -> new LinkedHashSet<>()).add(id);
            }
        });
        byInstant.forEach((at, ids) -> windows.add(new Window(at, ids)));
    }

    public boolean more() {
        return !windows.isEmpty();
    }

    /**
     * The next page to read: the oldest window, from its instant or after its cursor. Small pages: a
     * window is usually one record, and the source renders every record of a page it is asked for.
     */
    public PageRequest next(int pageSize) {
        Window w = windows.peek();
        return new PageRequest(w.at, w.cursor, pageSize);
    }

    /**
     * The page's records of the window's dossiers. The window ends when they are all found, or when
     * the page goes past its instant or is the feed's last.
     */
    public SourcePage keep(SourcePage page) {
        Window w = windows.peek();
        List<JsonNode> found = new ArrayList<>();
        boolean past = false;
        for (JsonNode item : page.items()) {
            if (w.ids.remove(item.path("MaHoSo").asText(""))) {
                found.add(item);
            }
            past |= after(item, w.at);
        }
        if (w.ids.isEmpty() || past || page.last()) {
            windows.poll();
            changedSince.addAll(w.ids);
        } else {
            w.cursor = page.nextCursor();
        }
        return new SourcePage(found, page.nextCursor(), page.ref());
    }

    /** The dossiers not found in their window: changed at the source since, for the next sync run. */
    public List<String> changedSince() {
        return List.copyOf(changedSince);
    }

    private static boolean after(JsonNode item, Instant at) {
        try {
            return WireDates.isoInstant(item.path("CapNhatLuc").asText("")).isAfter(at);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
