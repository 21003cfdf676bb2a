package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Every command answers --help and --version and runs nothing; its help lists its exit codes. */
class CliHelpTest {

    private record Answer(int exit, String out) {}

    private static Answer run(String... args) {
        return run(Cli.commandLine(), args);
    }

    private static Answer run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(out));
        int exit = cli.execute(args);
        return new Answer(exit, out.toString());
    }

    @Test
    void everyCommandAnswersHelpWithItsOptionsAndExitCodes() throws Exception {
        // the demo would make ./data/demo and its key first, and print its simulators: neither happens
        boolean dataBefore = Files.exists(Path.of("data"));
        for (List<String> command : List.of(List.of("demo"), List.of("sync"), List.of("serve"), List.of("simulate"),
                List.of("status"), List.of("replay"), List.of("catalogue", "refresh"), List.of("compliance"),
                List.of("reconcile"), List.of("source", "check"), List.of("bench"))) {
            for (String help : List.of("--help", "-h")) {
                String[] args = java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(help))
                        .toArray(String[]::new);
                Answer a = run(args);
                assertThat(a.exit()).as("%s", command).isZero();
                assertThat(a.out()).as("%s", command).contains("Usage: dvcqg-adapter " + String.join(" ", command))
                        .contains("--help").contains("--version").contains("Mã thoát / exit codes:").contains("  0   ")
                        .doesNotContain("Giả lập Hệ thống một cửa");
            }
        }
        assertThat(Files.exists(Path.of("data"))).as("./data made by a --help").isEqualTo(dataBefore);
        assertThat(run("replay", "--help").out()).contains("--id").contains("--failed").contains("3   có hồ sơ lỗi lại");
        assertThat(run("sync", "--help").out()).contains("3   còn hồ sơ chờ gửi lại");
        assertThat(run("source", "check", "--help").out()).contains("--limit").contains("3   có hồ sơ sẽ bị từ chối");
        assertThat(run("reconcile", "--help").out()).contains("--sample").contains("--repair").contains("3   còn hồ sơ lệch");
    }

    /**
     * An option before any command, or no word at all, is answered from the outline of the commands
     * (names and descriptions, no options): the same text and exit code as the whole command line gives.
     */
    @Test
    void theOutlineAnswersTheTopLevelAsTheWholeCommandLineDoes() {
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"-h"}, new String[] {"--version"},
                new String[] {"-V"}, new String[] {"--bogus"}, new String[] {"--help", "--verbose"}, new String[] {"-x", "--y=1"})) {
            Answer whole = run(Cli.commandLine(), args);
            Answer outline = run(Cli.outline(), args);
            assertThat(outline).as(String.join(" ", args)).isEqualTo(whole);
            assertThat(whole.out()).as(String.join(" ", args)).isNotBlank();
        }
        assertThat(run(Cli.outline(), "--help").out()).contains("Lệnh / Commands:").contains("status").contains("reconcile")
                .doesNotContain("worker");
        CommandLine outline = Cli.outline();
        assertThat(outline.getSubcommands().keySet()).containsExactlyElementsOf(Cli.commandLine().getSubcommands().keySet());
        assertThat(outline.getSubcommands().get("sync").getCommandSpec().options()).as("no command's options are modelled").isEmpty();
    }

    /**
     * A run models only the command it names (the others stay outlines): its help, its version, a bad
     * value, a mistyped command or subcommand are answered as by the whole command line.
     */
    @Test
    void aRunModelsTheCommandItNamesAndAnswersAsTheWholeCommandLine() throws Exception {
        for (String[] args : List.of(new String[] {"status", "--help"}, new String[] {"catalogue", "refresh", "-h"},
                new String[] {"catalogue", "--help"}, new String[] {"catalogue", "refrsh"}, new String[] {"stauts"},
                new String[] {"sync", "--version"}, new String[] {"replay", "--help"}, new String[] {"status", "--lang"},
                new String[] {"keys", "--help"}, new String[] {"source", "check", "--limit", "x"}, new String[] {"-h", "status"},
                new String[] {"compliance", "--from", "2025-13-01"})) {
            Answer whole = run(Cli.commandLine(), args);
            Answer forRun = run(Cli.forArgs(args), args);
            assertThat(forRun).as(String.join(" ", args)).isEqualTo(whole);
            assertThat(whole.out()).as(String.join(" ", args)).isNotBlank();
        }
        java.nio.file.Path file = Files.createTempFile("dvcqg-args", ".txt");
        try {
            Files.writeString(file, "status --lang");   // picocli reads the arguments from the file
            String[] fromFile = {"@" + file};
            assertThat(run(Cli.forArgs(fromFile), fromFile)).isEqualTo(run(Cli.commandLine(), fromFile))
                    .satisfies(a -> assertThat(a.out()).contains("--lang"));
        } finally {
            Files.delete(file);
        }
        CommandLine status = Cli.forArgs("status", "--json");
        assertThat(status.getSubcommands().keySet()).containsExactlyElementsOf(Cli.commandLine().getSubcommands().keySet());
        assertThat(status.getSubcommands().get("status").getCommandSpec().findOption("--json")).isNotNull();
        assertThat(status.getSubcommands().get("sync").getCommandSpec().options()).as("other commands are outlines").isEmpty();
    }

    @Test
    void versionIsPrintedByTheToolAndByEveryCommand() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"-V"}, new String[] {"demo", "--version"},
                new String[] {"status", "-V"}, new String[] {"catalogue", "refresh", "--version"})) {
            Answer a = run(args);
            assertThat(a.exit()).isZero();
            assertThat(a.out()).as(String.join(" ", args)).startsWith("dvcqg-adapter ").contains("Java ");
            assertThat(a.out().lines().findFirst().orElse("")).as("a version after the name")
                    .matches("dvcqg-adapter (\\d+\\.\\d+.*|development build)");
        }
    }

    /**
     * Issue 22: a setting's name or a path in a help text is never broken across lines ("adapter.retention. *"),
     * at picocli's 80 columns and wider.
     */
    @Test
    void helpTextsNeverBreakASettingOrAPath() {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(
                "(\\./)?(adapter|spring|data|reports)[./][\\w.*/-]*[\\w*]|/api/[\\w/]+");
        java.util.Set<String> broken = new java.util.TreeSet<>();
        for (int width = 80; width <= 130; width++) {   // picocli writes 80 columns unless told otherwise
            CommandLine cli = Cli.commandLine();
            cli.setUsageHelpWidth(width);
            String commands = cli.getUsageMessage();   // each command's first line in a narrow column
            for (var sub : cli.getSubcommands().entrySet()) {
                java.util.regex.Matcher m = name.matcher(sub.getValue().getCommandSpec().usageMessage().description()[0]);
                while (m.find()) {
                    if (!commands.contains(m.group())) {
                        broken.add("--help: " + m.group());
                    }
                }
            }
            for (String command : List.of("demo", "sync", "serve", "simulate", "status", "replay", "compliance", "reconcile",
                    "retention", "backup", "keys")) {
                CommandLine sub = cli.getSubcommands().get(command);
                String help = sub.getUsageMessage();
                String described = String.join(" ", sub.getCommandSpec().usageMessage().description()) + " "
                        + sub.getCommandSpec().options().stream().map(o -> String.join(" ", o.description()))
                        .collect(java.util.stream.Collectors.joining(" "));
                java.util.regex.Matcher m = name.matcher(described);
                while (m.find()) {
                    if (!help.contains(m.group())) {
                        broken.add(command + " --help: " + m.group() + " (at " + width + ")");
                    }
                }
            }
        }
        assertThat(broken).as("settings and paths broken across lines").isEmpty();
    }
}
