package vn.dvc.adapter.cli;

import java.util.List;

import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * The options several commands share, each written once as a picocli mixin ({@code @Mixin}): the
 * same name, description and meaning wherever a command offers it.
 */
final class SharedOptions {

    private SharedOptions() {
    }

    /** What the command does not know: Spring settings ({@code --adapter.<key>=<value>}), checked by {@link Boot#context}. */
    static final class SpringArgs {
        @Unmatched
        List<String> args;

        /** {@code --demo}: kept among the arguments for {@link Boot#context}, which reads it ({@link DemoSettings}). */
        @Option(names = DemoSettings.SWITCH, description = {"trên sổ cái của buổi chạy thử (data/demo), với khoá của nó và hai"
                + " hệ thống giả lập của `simulate --demo`", "on the demo's ledger (data/demo), with its key and the simulators"
                + " of `simulate --demo`"})
        void demo(boolean on) {
            if (on) {
                args = args == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(args);
                args.add(DemoSettings.SWITCH);
            }
        }
    }

    /** {@code --json}: one JSON object on stdout instead of lines for a person (and no progress bar). */
    static final class Json {
        @Option(names = "--json", description = "in một đối tượng JSON / print one JSON object")
        boolean json;
    }

    /** {@code --lang}: the language of what a command prints for a person; Vietnamese unless {@code en}. */
    static final class Lang {
        String lang;

        /** Also the language of the command's log lines and progress ({@link vn.dvc.adapter.system.Say}). */
        @Option(names = "--lang", defaultValue = "vi", description = "vi (mặc định / default) hoặc / or en")
        void lang(String value) {
            lang = value;
            vn.dvc.adapter.system.Say.english("en".equals(value));
        }

        boolean english() {
            return "en".equals(lang);
        }
    }

    /** {@code --dry-run}: counts or lists what the command would do, and changes nothing. */
    static final class DryRun {
        @Option(names = "--dry-run", description = "chạy thử: chỉ đếm hoặc liệt kê, không thay đổi gì / count or list only, change nothing")
        boolean dryRun;
    }
}
