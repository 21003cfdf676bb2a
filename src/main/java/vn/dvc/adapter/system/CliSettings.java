package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.require;

import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.cli.*}: what the command line shows while a run goes on ({@code cli/TerminalProgress}):
 * {@code bar}, {@code lines} or {@code off}. Commands set it themselves (a bar on a terminal, nothing with {@code --json}).
 */
public record CliSettings(@DefaultValue("off") String progress) {

    public void problems(List<String> out) {
        require(out, progress != null && progress.matches("bar|lines|off"), "adapter.cli.progress",
                "must be bar, lines or off, is " + progress);
    }
}
