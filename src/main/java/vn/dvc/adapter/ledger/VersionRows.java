package vn.dvc.adapter.ledger;

import java.time.OffsetDateTime;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A dossier version as its {@code transfer} row: the insert and the update of {@link Transfers#write},
 * and the values they bind, each named after its column.
 */
final class VersionRows {

    /** A version's own columns, as {@link Transfers#write} binds them; the facts' ({@link FactColumns}) follow. */
    private static final String VERSION_COLUMNS = "state, content_hash, payload, progress_total, progress_issues,"
            + " source_cursor, source_updated, " + FactColumns.LIST + ", error_class, error_stage, error_code, error_field,"
            + " last_error, last_error_en, http_status, run_id";
    private static final String VERSION_VALUES = ":state, :content_hash, :payload, :progress_total, :progress_issues,"
            + " :source_cursor, :source_updated, " + FactColumns.VALUES + ", :error_class, :error_stage, :error_code,"
            + " :error_field, :last_error, :last_error_en, :http_status, :run_id";

    static final String INSERT = "insert into transfer (ma_ho_so, " + VERSION_COLUMNS + ", created_at, updated_at,"
            + " sent_hash, at_portal, progress_sent, progress_held, attempts, first_failed_at, last_failed_at)"
            + " values (:ma_ho_so, " + VERSION_VALUES + ", :now, :now, :sent_hash, :at_portal, coalesce(:progress_sent, 0),"
            + " case when :progress_known then cast(:progress_held as varchar(2000)) else null end, :attempts,"
            + " :failed_at, :failed_at)";

    /** What the portal accepted earlier stays ({@code sent_hash}, {@code at_portal}) until it accepts a newer version. */
    static final String UPDATE = "update transfer set state=:state, content_hash=:content_hash, payload=:payload,"
            + " progress_total=:progress_total, progress_issues=:progress_issues, source_cursor=:source_cursor,"
            + " source_updated=:source_updated, " + FactColumns.SETS + ", error_class=:error_class,"
            + " error_stage=:error_stage, error_code=:error_code, error_field=:error_field, last_error=:last_error,"
            + " last_error_en=:last_error_en, http_status=:http_status, run_id=:run_id, updated_at=:now,"
            + " sent_hash=coalesce(:sent_hash, sent_hash), at_portal=(at_portal or :at_portal),"
            + " progress_sent=coalesce(:progress_sent, progress_sent),"
            + " progress_held=case when :progress_known then cast(:progress_held as varchar(2000)) else progress_held end,"
            + " attempts=attempts+:attempts, first_failed_at=coalesce(first_failed_at, :failed_at),"
            + " last_failed_at=coalesce(:failed_at, last_failed_at) where ma_ho_so=:ma_ho_so";

    private VersionRows() {}

    /** One version's row, every value named after its column (and {@code now}, {@code failed_at}, {@code progress_known}). */
    static MapSqlParameterSource of(Transfers.Version v, long runId, OffsetDateTime now, LedgerCipher cipher) {
        Transfer t = v.transfer();
        boolean failed = v.state() == State.FAILED || v.state() == State.REJECTED;
        MapSqlParameterSource p = new TypedNulls()
                .addValue("ma_ho_so", t.maHoSo())
                .addValue("state", v.state().name())
                .addValue("content_hash", t.hash())
                .addValue("payload", cipher.seal(t.payload()))
                .addValue("progress_total", t.progressTotal())
                .addValue("progress_issues", cipher.seal(t.progressIssues()))
                .addValue("source_cursor", t.cursor())
                .addValue("source_updated", Transfers.ts(t.sourceUpdated()));
        FactColumns.bind(p, t.facts());
        failure(p, v.failure() == null ? Failure.NONE : v.failure(), cipher);
        return p.addValue("run_id", runId)
                .addValue("now", now)
                .addValue("sent_hash", v.sentHash())
                .addValue("at_portal", v.atPortal())
                .addValue("progress_sent", v.progressSent())
                .addValue("progress_known", v.progressSent() != null)
                .addValue("progress_held", v.progressHeld())
                .addValue("attempts", v.attempted() ? 1 : 0)
                .addValue("failed_at", failed ? now : null);
    }

    /** The failure's columns, its messages sealed. */
    static MapSqlParameterSource failure(MapSqlParameterSource p, Failure e, LedgerCipher cipher) {
        return p.addValue("error_class", e.errorClassCode())
                .addValue("error_stage", e.stageCode())
                .addValue("error_code", e.code())
                .addValue("error_field", e.field())
                .addValue("last_error", cipher.seal(e.message()))
                .addValue("last_error_en", cipher.seal(e.messageEn()))
                .addValue("http_status", e.httpStatus());
    }
}
