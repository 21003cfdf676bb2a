package vn.dvc.adapter.replay;

import java.util.List;

/**
 * What a replay did. {@code skipped} counts named dossiers with nothing to replay (already
 * accepted, quarantined at the source, set aside without {@code force}); {@code setAside} counts
 * transfers that failed again after the replay guard and now wait for a person.
 */
public record ReplayResult(long auditId, Long run, boolean dryRun, int matched, int sent, int failed, int rejected,
                           int held, int skipped, int setAside, List<String> ids) {}
