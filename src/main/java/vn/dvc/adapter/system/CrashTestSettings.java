package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.require;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.test.*}: fault injection of the crash tests ({@code system/CrashPoints}): halt the
 * {@code crashAfter}-th time the sync passes the point {@code crashAt} of its commit order; unset, never.
 */
public record CrashTestSettings(String crashAt, @DefaultValue("1") int crashAfter) {

    public void problems(List<String> out) {
        require(out, crashAt == null || crashAt.isBlank() || CrashPoints.point(crashAt) != null, "adapter.test.crash-at",
                "must be one of " + Arrays.toString(CrashPoints.Point.values()) + ", is " + crashAt);
        require(out, crashAfter >= 1, "adapter.test.crash-after", "must be at least 1, is " + crashAfter);
    }
}
