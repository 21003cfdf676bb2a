package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.schedule;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.retention.*}: what the ledger forgets and when ({@code ledger/Retention}): the payloads of
 * dossiers that are done with (SENT, QUARANTINED) after {@code payloads}, the transfers' events after
 * {@code events}, the audit logs after {@code audit}; never the facts the reports count. {@code serve}
 * runs it on {@code cron}, {@code batchSize} rows per statement.
 */
public record RetentionSettings(@DefaultValue("P90D") Duration payloads, @DefaultValue("P400D") Duration events,
                                @DefaultValue("P1826D") Duration audit, @DefaultValue("0 30 3 * * ?") String cron,
                                @DefaultValue("1000") int batchSize) {

    public void problems(List<String> out) {
        for (var age : Map.of("payloads", payloads, "events", events, "audit", audit).entrySet()) {
            require(out, age.getValue() != null && age.getValue().toDays() >= 1, "adapter.retention." + age.getKey(),
                    "must be at least one day (P1D), is " + age.getValue());
        }
        schedule(out, cron, true, "adapter.retention.cron");
        require(out, batchSize >= 1, "adapter.retention.batch-size", "must be at least 1, is " + batchSize);
    }
}
