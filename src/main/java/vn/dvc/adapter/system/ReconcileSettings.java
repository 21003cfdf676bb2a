package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.between;
import static vn.dvc.adapter.system.SettingProblems.schedule;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.reconcile.*}: reading the portal back ({@code reconcile}): {@code serve}'s optional schedule
 * (Quartz cron; none by default) reads a random sample of {@code sample} dossiers and sends the drift again
 * when {@code repair} (waiting for the ledger as a sync does, {@code adapter.sync.lock-wait}); a read is tried
 * {@code maxAttempts} times (transient faults) before it counts as UNREADABLE; drift lists are written to
 * {@code reportDir}.
 */
public record ReconcileSettings(String cron, @DefaultValue("500") int sample, @DefaultValue("false") boolean repair,
                                @DefaultValue("3") int maxAttempts, @DefaultValue("reports") Path reportDir) {

    public void problems(List<String> out) {
        schedule(out, cron, false, "adapter.reconcile.cron");
        between(out, sample, 1, 100_000, "adapter.reconcile.sample");
        require(out, maxAttempts >= 1, "adapter.reconcile.max-attempts", "must be at least 1, is " + maxAttempts);
        require(out, reportDir != null, "adapter.reconcile.report-dir", "is not set");
    }
}
