package vn.dvc.adapter.source.database;

import java.time.LocalDateTime;

/**
 * Where a page of change events ends: the change time as the database holds it (no zone, so the
 * next page's query compares exactly what it read) and the dossier's key. The next page starts
 * strictly after it: later, or at the same time with a greater key.
 */
record Position(LocalDateTime time, Object key) {

    /** The opaque cursor of a page: {@code 2025-03-04T01:02:03.123456|n:1042} or {@code …|s:000.00.12.H25-250304-0001}. */
    String cursor() {
        return time + "|" + (key instanceof Number ? "n:" : "s:") + Rows.key(key);
    }

    static Position of(String cursor) {
        int bar = cursor.indexOf('|');
        if (bar < 0 || cursor.length() < bar + 3 || cursor.charAt(bar + 2) != ':') {
            throw new IllegalArgumentException("not a database source cursor: " + cursor);
        }
        LocalDateTime time = LocalDateTime.parse(cursor.substring(0, bar));
        String key = cursor.substring(bar + 3);
        return new Position(time, cursor.charAt(bar + 1) == 'n' ? (Object) Long.valueOf(key) : key);
    }
}
