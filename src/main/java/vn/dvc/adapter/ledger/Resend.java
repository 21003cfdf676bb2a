package vn.dvc.adapter.ledger;

/** An unfinished transfer read back from the ledger to be pushed again. */
public record Resend(String maHoSo, State state, String hash, String sentHash, String payload, boolean atPortal, int progressSent,
                     int attempts, String maDonVi, String maTTHC, String errorCode, String progressHeld) {}
