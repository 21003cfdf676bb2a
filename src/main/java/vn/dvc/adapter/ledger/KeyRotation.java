package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code keys rotate}: every sealed column of every row sealed again under the current key — values
 * of a previous key and clear values written before encryption alike. In batches by key, each batch
 * committed on its own and the lease renewed; a stopped rotation run again only reads the rows already
 * done (the query asks for values not yet under the current key), so it continues where it stopped.
 */
@Component
public class KeyRotation {

    /** A sealed table: its key column and its sealed columns. */
    private record Sealed(String table, String key, List<String> columns) {}

    private static final List<Sealed> SEALED = List.of(
            new Sealed("transfer", "ma_ho_so", List.of("payload", "progress_issues", "last_error", "last_error_en")),
            new Sealed("transfer_event", "id", List.of("message", "message_en")),
            new Sealed("reconcile_drift", "id", List.of("detail")));

    private final JdbcTemplate jdbc;
    private final LedgerCipher cipher;
    private final Maintenance maintenance;

    public KeyRotation(JdbcTemplate jdbc, LedgerCipher cipher, Maintenance maintenance) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.maintenance = maintenance;
    }

    /** Values sealed again, per "table.column". */
    public Map<String, Long> rotate(int batchSize, Duration wait, String actor) {
        cipher.seal("");   // no key configured: stop here, naming the setting, before taking the lease
        Map<String, Long> done = maintenance.holding("keys rotate", wait, renew -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Sealed t : SEALED) {
                t.columns().forEach(c -> counts.put(t.table() + "." + c, 0L));
                rotate(t, batchSize, counts, renew);
            }
            return counts;
        });
        maintenance.audit(AdminAudits.KEYS_ROTATE, actor, "SUCCEEDED", "keyId=" + cipher.keyId() + " " + details(done));
        return done;
    }

    /** Values not yet sealed under the current key, per "table.column": what a rotation would do. */
    public Map<String, Long> pending() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Sealed t : SEALED) {
            for (String c : t.columns()) {
                counts.put(t.table() + "." + c, jdbc.queryForObject("select count(*) from " + t.table() + " where "
                        + notCurrent(c), Long.class, current()));
            }
        }
        return counts;
    }

    private void rotate(Sealed t, int batchSize, Map<String, Long> counts, Runnable renew) {
        String where = String.join(" or ", t.columns().stream().map(KeyRotation::notCurrent).toList());
        Object[] currents = t.columns().stream().map(c -> current()).toArray();
        String select = "select " + t.key() + ", " + String.join(", ", t.columns()) + " from " + t.table()
                + " where " + t.key() + " > ? and (" + where + ") order by " + t.key() + " limit " + batchSize;
        String update = "update " + t.table() + " set " + String.join("=?, ", t.columns()) + "=? where " + t.key() + "=?";
        Object after = "transfer".equals(t.table()) ? "" : (Object) Long.MIN_VALUE;
        while (true) {
            List<Object[]> rows = new ArrayList<>();
            Object[] args = new Object[currents.length + 1];
            args[0] = after;
            System.arraycopy(currents, 0, args, 1, currents.length);
            jdbc.query(select, rs -> {
                Object[] row = new Object[t.columns().size() + 1];
                for (int i = 0; i < t.columns().size(); i++) {
                    String stored = rs.getString(i + 2);
                    if (!cipher.current(stored)) {
                        counts.merge(t.table() + "." + t.columns().get(i), 1L, Long::sum);
                    }
                    row[i] = cipher.current(stored) ? stored : cipher.seal(cipher.open(stored));
                }
                row[row.length - 1] = rs.getObject(1);
                rows.add(row);
            }, args);
            if (rows.isEmpty()) {
                return;
            }
            jdbc.batchUpdate(update, rows);
            after = rows.get(rows.size() - 1)[t.columns().size()];
            renew.run();
        }
    }

    private String current() {
        return (LedgerCipher.PREFIX + cipher.keyId() + ":").replace("_", "\\_") + "%";   // '_' is LIKE's wildcard
    }

    private static String notCurrent(String column) {
        return "(" + column + " is not null and " + column + " not like ? escape '\\')";
    }

    static String details(Map<String, Long> counts) {
        StringBuilder s = new StringBuilder();
        counts.forEach((k, v) -> s.append(s.isEmpty() ? "" : " ").append(k).append('=').append(v));
        return s.toString();
    }
}
