package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.atLeast;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.replay.*}: replays ({@code replay/}): a transfer replayed {@code maxReplays} times and still
 * not accepted is set aside for a person ({@code needs_attention}); a replay, started by a person who waits
 * for it, waits up to {@code lockWait} for a running sync to release the ledger (longer than a sync's own
 * {@code adapter.sync.lock-wait}: a scheduled run that finds another simply goes next time).
 */
public record ReplaySettings(@DefaultValue("5") int maxReplays, @DefaultValue("PT2M") Duration lockWait) {

    public void problems(List<String> out) {
        require(out, maxReplays >= 1, "adapter.replay.max-replays", "must be at least 1, is " + maxReplays);
        atLeast(out, lockWait, Duration.ZERO, "adapter.replay.lock-wait");
    }
}
