package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.require;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.cluster.*}: several {@code serve} instances on one PostgreSQL ({@code system/ClusteredScheduling}):
 * each checks in with Quartz's clustered job store every {@code checkinInterval}; the others take an
 * instance as dead {@code checkinInterval} + 7.5 s after its last check-in (Quartz's own rule) and
 * take over its schedules. {@code instanceId} names this instance in the store (unique in the
 * cluster; default {@code pid@host}, as the ledger names the owner of a run).
 */
public record ClusterSettings(@DefaultValue("PT10S") Duration checkinInterval, String instanceId) {

    /** Quartz's grace beyond the interval before an instance that stopped checking in counts as failed. */
    public static final Duration QUARTZ_GRACE = Duration.ofMillis(7500);

    public void problems(List<String> out) {
        require(out, checkinInterval != null && checkinInterval.compareTo(Duration.ofSeconds(1)) >= 0
                && checkinInterval.compareTo(Duration.ofMinutes(5)) <= 0, "adapter.cluster.checkin-interval",
                "must be PT1S..PT5M, is " + checkinInterval);
        require(out, instanceId == null || instanceId.length() <= 200, "adapter.cluster.instance-id",
                "must be at most 200 characters");
    }
}
