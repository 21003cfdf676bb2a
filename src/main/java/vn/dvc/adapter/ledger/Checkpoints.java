package vn.dvc.adapter.ledger;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The source checkpoint, one row. */
@Repository
public class Checkpoints {

    private static final String SOURCE = "source";

    private final JdbcTemplate jdbc;

    public Checkpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The saved checkpoint, or one at {@code initial} before the first run. */
    public Checkpoint load(Instant initial) {
        List<Checkpoint> rows = jdbc.query("select updated_since, last_key from checkpoint where name = ?",
                (rs, i) -> new Checkpoint(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)), SOURCE);
        return rows.isEmpty() ? new Checkpoint(initial, null) : rows.get(0);
    }

    /** Moves the checkpoint forward; never backward, whatever the caller passes. */
    public void advance(Checkpoint to) {
        int updated = jdbc.update("update checkpoint set updated_since = ?, last_key = ?, updated_at = ?"
                        + " where name = ? and updated_since <= ?",
                Transfers.ts(to.updatedSince()), to.lastKey(), Transfers.now(), SOURCE, Transfers.ts(to.updatedSince()));
        if (updated == 0) {
            Integer exists = jdbc.queryForObject("select count(*) from checkpoint where name = ?", Integer.class, SOURCE);
            if (exists == null || exists == 0) {
                jdbc.update("insert into checkpoint (name, updated_since, last_key, updated_at) values (?,?,?,?)",
                        SOURCE, Transfers.ts(to.updatedSince()), to.lastKey(), Transfers.now());
            }
        }
    }
}
