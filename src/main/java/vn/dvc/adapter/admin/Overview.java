package vn.dvc.adapter.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.ledger.State;

/**
 * Where the adapter stands: transfers by state, the lag behind the source (now − the checkpoint,
 * an upper bound: a quiet source also makes it grow), the last run and the last success.
 */
public record Overview(Map<String, Long> byState, Instant checkpoint, Long lagSeconds, Instant lastSuccess, Run lastRun,
                       long needingAttention, boolean syncing) {

    public static Overview of(Map<State, Long> byState, Instant checkpoint, Instant lastSuccess, Run lastRun,
                              long needingAttention, boolean syncing) {
        Map<String, Long> states = new LinkedHashMap<>();
        byState.forEach((s, n) -> states.put(s.name(), n));
        Long lag = checkpoint == null ? null : Duration.between(checkpoint, Instant.now()).toSeconds();
        return new Overview(states, checkpoint, lag, lastSuccess, lastRun, needingAttention, syncing);
    }

    public long total() {
        return byState.values().stream().mapToLong(Long::longValue).sum();
    }
}
