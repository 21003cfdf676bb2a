package vn.dvc.adapter.source.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.camel.Exchange;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.SourceSettings;

/**
 * The one-stop system's own database as a source ({@code adapter.source.kind: database}), read
 * through a profile: the {@code source-page} route calls {@link #page} where the export API is
 * called over HTTP, and gets the same page of records. A page is the next change events after its
 * position — a dossier's row or a child row (an action, a file, a payment) that changed, since
 * one-stop systems write children apart from the dossier — keyset-ordered by change time and key;
 * each dossier they name is read whole and mapped once. A run's first page starts the profile's
 * overlap before the checkpoint, so a row committed late with an earlier time is still read; the
 * content hash keeps what did not change from being sent again.
 */
@Component("databaseSource")
public class DatabaseSource implements InitializingBean, DisposableBean {

    private final SourceSettings settings;
    private final ObjectMapper json;
    private volatile Profile profile;
    private volatile SourceDatabase db;

    public DatabaseSource(AdapterProperties properties, ObjectMapper json) {
        this.settings = properties.source();
        this.json = json;
    }

    /** A profile that does not load (a file missing, a mapping that does not compile) stops the start, named. */
    @Override
    public void afterPropertiesSet() {
        if (settings.fromDatabase()) {
            profile();
        }
    }

    /** The profile of the settings, loaded once. */
    public Profile profile() {
        if (profile == null) {
            profile = Profiles.load(settings.profile(), json);
        }
        return profile;
    }

    /** The next page of dossiers changed after the request's position (its cursor, or the overlap before its instant). */
    public SourcePage page(PageRequest request) {
        SourceDatabase source = db();
        Position after = request.cursor() != null ? Position.of(request.cursor()) : source.start(request.updatedSince());
        String ref = request.cursor() != null ? request.cursor() : request.updatedSince().toString();
        while (true) {
            Slice slice = slice(source, after, request.limit());
            List<JsonNode> items = slice.events().isEmpty() ? List.of()
                    : DossierRows.read(source, latestPerDossier(slice.events()), slice.end());
            if (!items.isEmpty() || slice.end() == null) {
                return new SourcePage(items, slice.end() == null ? null : slice.end().cursor(), ref);
            }
            after = slice.end();   // a slice of drafts only: read on, an empty page would end the run
        }
    }

    /** How many times a page's size of change events a page reads when its events name few dossiers. */
    static final int WIDER = 8;

    /**
     * A page's change events: {@code limit} of them, or, when those name fewer than half as many
     * dossiers, up to {@link #WIDER} times as many, cut before the one that names a dossier past
     * {@code limit}. One-stop systems write a dossier's actions, files and fees as rows of their own:
     * 500 events named 36 OpenCPS dossiers, and pages that small made the portal calls as small and
     * held them to the pages in flight (three calls of 36 where eight of 100 were allowed).
     *
     * @param end where the page's events end (the next page reads after it), or null: the source has no more
     */
    record Slice(List<Position> events, Position end) {}

    static Slice slice(SourceDatabase source, Position after, int limit) {
        int asked = limit;
        List<Position> events = events(source, after, asked);
        if (events.size() == asked && naming(events, (limit - 1) / 2) == events.size()) {   // fewer than half a page's dossiers
            asked = limit * WIDER;
            events = events(source, after, asked);
        }
        int cut = naming(events, limit);
        boolean more = cut < events.size() || events.size() == asked;
        List<Position> taken = events.subList(0, cut);
        return new Slice(taken, more ? taken.get(cut - 1) : null);
    }

    /** How many of the events, from the first, name at most {@code dossiers} dossiers. */
    private static int naming(List<Position> events, int dossiers) {
        Set<String> named = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            if (named.add(Rows.key(events.get(i).key())) && named.size() > dossiers) {
                return i;
            }
        }
        return events.size();
    }

    /** The province's procedures, as the export API's {@code GET /api/v1/procedures} gives them, in the exchange's body. */
    public void procedures(Exchange exchange) throws IOException {
        SourceDatabase source = db();
        Map<String, JsonNode> variables = DossierRows.variables(source);
        ObjectNode body = json.createObjectNode();
        ArrayNode items = body.putArray("items");
        for (ObjectNode row : source.query(Profile.PROCEDURES, Map.of())) {
            JsonNode p = source.profile.procedure().apply(variables, row);
            if (p != null && p.isObject()) {
                items.add(p);
            }
        }
        exchange.getMessage().setBody(json.writeValueAsBytes(body));
    }

    /**
     * Why no connection answers within the timeout (the source's health), or null when one does. Without the
     * database's address or the driver's words, which may name it: the log and {@code source check} give those.
     */
    public String unreachable(int timeoutSeconds) {
        try (Connection c = db().connection()) {
            return c.isValid(timeoutSeconds) ? null : "the one-stop system's database did not answer within " + timeoutSeconds + " s";
        } catch (SQLException | RuntimeException e) {
            return "no connection to the one-stop system's database";
        }
    }

    /** The change events after a position, oldest first: (time, key) of each, as the profile's changes.sql gives them. */
    private static List<Position> events(SourceDatabase source, Position after, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("after_time", after.time());
        params.put("after_key", after.key());
        params.put("limit", limit);
        return source.query(Profile.CHANGES, params, (rs, i) -> new Position(rs.getObject("changed_at", LocalDateTime.class),
                rs.getObject(DossierRows.KEY)));
    }

    /** Each dossier once, at its latest change among the events, in (time, key) order. */
    static List<DossierRows.Changed> latestPerDossier(List<Position> events) {
        Map<String, DossierRows.Changed> latest = new LinkedHashMap<>();
        for (Position e : events) {
            latest.remove(Rows.key(e.key()));   // a later event moves the dossier to its place
            latest.put(Rows.key(e.key()), new DossierRows.Changed(e.key(), e.time()));
        }
        return new ArrayList<>(latest.values());
    }

    SourceDatabase db() {
        SourceDatabase open = db;
        if (open == null) {
            synchronized (this) {
                if (db == null) {
                    db = SourceDatabase.open(profile(), settings.database());
                }
                open = db;
            }
        }
        return open;
    }

    @Override
    public void destroy() {
        SourceDatabase open = db;
        if (open != null) {
            open.close();
        }
    }
}
