package vn.dvc.adapter.source.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;

import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.checks.EAuthVerifier;

/**
 * Onboarding without risk ({@code source check}): connects with the profile, names every table and
 * column the profile reads that the database lacks, all at once, then reads the most recent dossiers
 * through the same queries and mapping as a sync and puts each through the same checks. Nothing is
 * written anywhere and nothing is sent.
 */
public final class SourceCheck {

    /** One dossier as the check saw it: the record a sync would send (mapped), or why it would be refused. */
    public record Preview(String maHoSo, Checked checked, JsonNode record, String note) {}

    /**
     * @param missing  "table" or "table.column" the profile reads and the database lacks
     * @param future   a change time, of a dossier or a child row, ahead of this machine's clock (a zone set wrong), else null
     * @param zone     the zone the source's times are read in (the setting's, else the profile's)
     */
    public record Report(String profile, String product, List<String> missing, List<Preview> previews, Instant future,
                         FirstPage firstPage, java.time.ZoneId zone) {

        public long refused() {
            return previews.stream().filter(p -> p.checked() instanceof Checked.Invalid).count();
        }
    }

    /**
     * The first page a full sync reads, timed: its change query (the one whose cost grows with the
     * tables when the indexes the README asks for are missing) and the read of its dossiers with their
     * lists and mapping. What a first sync of the whole database will cost, told before it starts.
     */
    public record FirstPage(int events, int dossiers, long changesMillis, long readMillis) {

        /** A change query this slow reads whole tables: the indexes of README's step 2 are likely missing. */
        public static final long SLOW_MILLIS = 1_000;

        public boolean slow() {
            return changesMillis >= SLOW_MILLIS;
        }
    }

    private SourceCheck() {
    }

    public static Report run(DatabaseSource source, DossierMapper mapper, int limit, int pageSize) {
        SourceDatabase db = source.db();
        List<String> missing = missing(db);
        if (!missing.isEmpty()) {
            return new Report(db.profile.name(), db.product, missing, List.of(), null, null, db.zone);
        }
        List<DossierRows.Changed> recent = db.query(Profile.RECENT, Map.of("limit", limit), (rs, i) -> new DossierRows.Changed(
                rs.getObject(DossierRows.KEY), rs.getObject(DossierRows.CHANGED, LocalDateTime.class)));
        Instant latest = recent.isEmpty() ? null : recent.get(0).at().atZone(db.zone).toInstant();
        List<Preview> previews = new ArrayList<>();
        int position = 0;
        for (JsonNode record : DossierRows.read(db, reversed(recent), null)) {
            try {
                Checked c = mapper.check(record, position++, "source-check");
                previews.add(new Preview(c.maHoSo(), c, record, null));
            } catch (EAuthVerifier.IdentityProviderUnavailable e) {
                previews.add(new Preview(record.path("MaHoSo").asText("?"), null, record, e.getMessage()));
            }
        }
        Instant ahead = Instant.now().plusSeconds(300);
        Instant future = latest != null && latest.isAfter(ahead) ? latest : null;
        // a child row (an action, a file, a fee) dated ahead counts as much as the dossier's own row: a view whose times
        // are local while the zone says UTC was found by no check (the dvcqg-view review)
        List<Position> later = DatabaseSource.slice(db, new Position(LocalDateTime.ofInstant(ahead, db.zone),
                db.profile.textKey() ? "" : (Object) Long.MIN_VALUE), 1).events();
        if (!later.isEmpty()) {
            Instant child = later.get(0).time().atZone(db.zone).toInstant();
            future = future == null || child.isAfter(future) ? child : future;
        }
        return new Report(db.profile.name(), db.product, List.of(), previews, future, firstPage(db, pageSize), db.zone);
    }

    /** Reads and maps the first page of a full sync (from the beginning of the source's history), timed. */
    static FirstPage firstPage(SourceDatabase db, int pageSize) {
        long start = System.nanoTime();
        DatabaseSource.Slice slice = DatabaseSource.slice(db, db.start(Instant.EPOCH), pageSize);
        long changed = System.nanoTime();
        List<Position> events = slice.events();
        int dossiers = events.isEmpty() ? 0 : DossierRows.read(db, DatabaseSource.latestPerDossier(events), slice.end()).size();
        long read = System.nanoTime();
        return new FirstPage(events.size(), dossiers, (changed - start) / 1_000_000, (read - changed) / 1_000_000);
    }

    /** Oldest first, as a page would read them. */
    private static List<DossierRows.Changed> reversed(List<DossierRows.Changed> recent) {
        List<DossierRows.Changed> out = new ArrayList<>(recent);
        java.util.Collections.reverse(out);
        return out;
    }

    /** Every table and column of the profile's {@code requires} that the database does not have. */
    static List<String> missing(SourceDatabase db) {
        List<String> missing = new ArrayList<>();
        try (Connection c = db.connection()) {
            DatabaseMetaData meta = c.getMetaData();
            for (var table : db.profile.requires().entrySet()) {
                Set<String> columns = columns(meta, c, table.getKey());
                if (columns.isEmpty()) {
                    missing.add(table.getKey());
                    continue;
                }
                for (String column : table.getValue()) {
                    if (!columns.contains(column.toLowerCase(Locale.ROOT))) {
                        missing.add(table.getKey() + "." + column);
                    }
                }
            }
        } catch (SQLException e) {
            throw new SourceUnavailable("cannot read the database's tables: " + e.getMessage(), e);
        }
        return missing;
    }

    /** The columns of a table or view, in lower case, whichever case the database keeps its names in. */
    private static Set<String> columns(DatabaseMetaData meta, Connection c, String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        for (String name : List.of(table, table.toLowerCase(Locale.ROOT), table.toUpperCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            if (!columns.isEmpty()) {
                break;
            }
        }
        return columns;
    }
}
