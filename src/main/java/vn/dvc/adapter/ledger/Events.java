package vn.dvc.adapter.ledger;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The story of transfers that did not simply go through: failures, holds, quarantines, replays. */
@Repository
public class Events {

    /** One step of a transfer's story. */
    public record Event(String maHoSo, Long runId, RunKind kind, State state, Failure failure) {}

    /** As read back: the codes as stored, whatever ledger version wrote them. */
    public record Entry(long id, java.time.Instant at, Long runId, String kind, String state, String errorClass,
                        String stage, String code, String message, String messageEn, Integer httpStatus) {}

    private final JdbcTemplate jdbc;
    private final LedgerCipher cipher;

    public Events(JdbcTemplate jdbc, LedgerCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public void record(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        var now = Transfers.now();
        jdbc.batchUpdate("insert into transfer_event (ma_ho_so, at, run_id, kind, state, error_class, error_stage,"
                + " error_code, message, message_en, http_status) values (?,?,?,?,?,?,?,?,?,?,?)", events.stream().map(e -> {
                    Failure f = e.failure() == null ? Failure.NONE : e.failure();
                    return TypedNulls.args(e.maHoSo(), now, e.runId(), e.kind().name(), e.state().name(), f.errorClassCode(), f.stageCode(),
                            f.code(), cipher.seal(f.message()), cipher.seal(f.messageEn()), f.httpStatus());
                }).toList());
    }

    public List<Entry> of(String maHoSo) {
        return jdbc.query("select id, at, run_id, kind, state, error_class, error_stage, error_code, message, http_status,"
                        + " message_en"
                        + " from transfer_event where ma_ho_so = ? order by id", (rs, i) -> new Entry(rs.getLong(1),
                        rs.getObject(2, java.time.OffsetDateTime.class).toInstant(), (Long) rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        cipher.open(rs.getString(9)), cipher.open(rs.getString(11)), (Integer) rs.getObject(10, Integer.class)), maHoSo);
    }
}
