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

    /**
     * True when H2 refused the ledger's user or password (SQL state 28000): a ledger file made
     * before {@code SPRING_DATASOURCE_PASSWORD} was set has the empty password it was created with.
     */
    static boolean wrongPassword(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "28000".equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("Wrong user name or password")) {
                return true;
            }
        }
        return false;
    }

    static String wrongPasswordMessage() {
        return "Sổ cái H2 không nhận mật khẩu SPRING_DATASOURCE_PASSWORD: tệp được tạo với mật khẩu khác (trước đây là rỗng)."
                + " Đặt mật khẩu mới cho tệp một lần (README, \"Mật khẩu của sổ cái H2\"), hoặc chạy với mật khẩu cũ."
                + " / The H2 ledger refuses SPRING_DATASOURCE_PASSWORD: the file was created with another password (empty"
                + " before this version). Set the file's password once (README, \"The H2 ledger's password\"), or run with the old one.";
    }

    static String message() {
        return "Sổ cái H2 đang được một tiến trình `serve` dùng (mỗi tệp H2 chỉ một tiến trình mở được): xem qua API"
                + " của serve (GET /api/overview, /api/transfers, /api/compliance) hoặc dùng PostgreSQL cho sổ cái."
                + " / The H2 ledger is in use by a running `serve` (an H2 file opens in one process only):"
                + " use serve's API (GET /api/overview, /api/transfers, /api/compliance), or PostgreSQL for the ledger.";
    }
}
