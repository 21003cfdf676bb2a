package vn.dvc.adapter.admin;

import java.time.Instant;

import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;

/**
 * A transfer as the console and the API list it: where it stands and, when it failed, why
 * ({@code lastError} in Vietnamese, {@code lastErrorEn} in English, null for rows recorded before
 * the ledger kept both).
 */
public record TransferRow(String maHoSo, String state, String errorClass, String errorStage, String errorCode,
                          String errorField, String lastError, String lastErrorEn, Integer httpStatus, int attempts,
                          int replays, boolean needsAttention, String maDonVi, String maTthc, Instant firstFailedAt,
                          Instant lastFailedAt, Instant updatedAt, Long runId) {

    /** The same row with its message masked, for a viewer. */
    public TransferRow masked() {
        return new TransferRow(maHoSo, state, errorClass, errorStage, errorCode, errorField, FieldMasker.error(lastError, maHoSo),
                FieldMasker.error(lastErrorEn, maHoSo), httpStatus, attempts, replays, needsAttention, maDonVi, maTthc, firstFailedAt, lastFailedAt, updatedAt, runId);
    }

    /** States a replay can send again: what {@code TransferReads.replayable} picks. */
    public boolean replayable() {
        return TransferReads.REPLAYABLE.contains(State.valueOf(state));
    }
}
