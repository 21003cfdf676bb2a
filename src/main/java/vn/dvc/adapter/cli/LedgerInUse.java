package vn.dvc.adapter.cli;

/**
 * The H2 ledger file is held by another process, typically a running {@code serve}: H2 opens a
 * file for one process only. Told in one line with what to do instead of Spring's failed-start
 * dump that ended in "The file is locked".
 */
final class LedgerInUse {

    private LedgerInUse() {
    }

    /** True when the cause chain is H2's "database may be already in use" (error 90020) or its file lock. */
    static boolean isCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("90020") || m.contains("The file is locked") || m.contains("Database may be already in use")) {
                return true;
            }
        }
        return false;
    }

    static String message() {
        return "Sổ cái H2 đang được một tiến trình `serve` dùng (mỗi tệp H2 chỉ một tiến trình mở được): xem qua API"
                + " của serve (GET /api/overview, /api/transfers, /api/compliance) hoặc dùng PostgreSQL cho sổ cái."
                + " / The H2 ledger is in use by a running `serve` (an H2 file opens in one process only):"
                + " use serve's API (GET /api/overview, /api/transfers, /api/compliance), or PostgreSQL for the ledger.";
    }
}
