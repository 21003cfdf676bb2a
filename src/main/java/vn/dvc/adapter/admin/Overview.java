package vn.dvc.adapter.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.ledger.State;

/**
 * Where the adapter stands: transfers by state, the checkpoint and the lag behind the source (now − what it has
 * read up to, {@link LedgerQueries#readUpTo}), the last run and the last success.
 */
public record Overview(Map<String, Long> byState, Instant checkpoint, Long lagSeconds, Instant lastSuccess, Run lastRun,
                       long needingAttention, boolean syncing) {

    public static Overview of(Map<State, Long> byState, Instant checkpoint, Instant readUpTo, Instant lastSuccess, Run lastRun,
                              long needingAttention, boolean syncing) {
        Map<String, Long> states = new LinkedHashMap<>();
        byState.forEach((s, n) -> states.put(s.name(), n));
        Long lag = readUpTo == null ? null : Math.max(0, Duration.between(readUpTo, Instant.now()).toSeconds());
        return new Overview(states, checkpoint, lag, lastSuccess, lastRun, needingAttention, syncing);
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }
}
