package vn.dvc.adapter.replay;

import java.time.LocalDate;
import java.util.List;

/**
 * What to replay: the named dossiers ({@code ids}), or the failed transfers matching the filters
 * ({@code failed}): agency, error class (TRANSIENT, PERMANENT, HELD) or error code, last failure
 * on or after {@code since}. {@code force} includes transfers set aside for a person to look at.
 */
public record ReplayRequest(List<String> ids, boolean failed, String agency, String error, LocalDate since,
                            boolean dryRun, boolean force) {

    public ReplayRequest {
        ids = ids == null ? List.of() : List.copyOf(ids);
        if (ids.isEmpty() && !failed) {
            throw new IllegalArgumentException("nêu --id hoặc --failed / give --id or --failed");
        }
    }

    /** The filter as the audit log records it. */
    public String describe() {
        StringBuilder s = new StringBuilder();
        if (!ids.isEmpty()) {
            s.append("id=").append(String.join(",", ids));
        }
        if (failed) {
            s.append(s.isEmpty() ? "" : " ").append("failed");
        }
        if (agency != null) {
            s.append(" agency=").append(agency);
        }
        if (error != null) {
            s.append(" error=").append(error);
        }
        if (since != null) {
            s.append(" since=").append(since);
        }
        if (force) {
            s.append(" force");
        }
        return s.toString();
    }
}
