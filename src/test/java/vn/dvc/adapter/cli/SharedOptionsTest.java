package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * The options several commands share are written once (SharedOptions) and still mean what they
 * meant on each command; {@code replay} without a choice of dossiers is a bad option, not an error.
 */
class SharedOptionsTest {

    private static <T> T parsed(Class<T> type, String... args) {
        CommandLine.ParseResult result = Cli.commandLine().parseArgs(args);
        while (result.hasSubcommand()) {
            result = result.subcommand();
        }
        return type.cast(result.commandSpec().userObject());
    }

    @Test
    void replaysOptionsComeThroughTheMixins() {
        ReplayCommand replay = parsed(ReplayCommand.class, "replay", "--failed", "--dry-run", "--json", "--adapter.sync.batch-size=5");

        assertThat(replay.failed).isTrue();
        assertThat(replay.trial.dryRun).isTrue();
        assertThat(replay.output.json).isTrue();
        assertThat(replay.spring.args).containsExactly("--adapter.sync.batch-size=5");

        ReplayCommand plain = parsed(ReplayCommand.class, "replay", "--id", "H25.1");
        assertThat(plain.trial.dryRun).isFalse();
        assertThat(plain.output.json).isFalse();
    }

    @Test
    void langIsVietnameseUnlessEnglishIsAskedFor() {
        assertThat(parsed(SyncCommand.class, "sync").language.english()).isFalse();
        assertThat(parsed(SyncCommand.class, "sync", "--lang", "en").language.english()).isTrue();
        assertThat(parsed(ReconcileCommand.class, "reconcile", "--lang", "en", "--json").output.json).isTrue();
        assertThat(parsed(KeysCommand.Rotate.class, "keys", "rotate", "--dry-run").trial.dryRun).isTrue();
        assertThat(parsed(RetentionCommand.class, "retention", "--dry-run").trial.dryRun).isTrue();
    }

    /**
     * Every command that answers in words takes {@code --lang}: {@code backup}, {@code retention} and {@code keys rotate}
     * printed both languages on one line, with Vietnamese digit grouping in the English half, and refused {@code --lang en};
     * {@code catalogue refresh} answered in Vietnamese only.
     */
    @Test
    void everyCommandThatAnswersInWordsTakesLang() {
        java.util.List<String> without = new java.util.ArrayList<>();
        java.util.ArrayDeque<CommandLine> todo = new java.util.ArrayDeque<>(Cli.commandLine().getSubcommands().values());
        while (!todo.isEmpty()) {
            CommandLine command = todo.pop();
            todo.addAll(command.getSubcommands().values());
            if (command.getSubcommands().isEmpty() && command.getCommandSpec().findOption("--lang") == null) {
                without.add(command.getCommandSpec().qualifiedName(" "));
            }
        }
        // serve: the console's language is each reader's (?lang=en), its start lines are in both; the others are tools
        assertThat(without).as("commands without --lang").containsExactlyInAnyOrder("dvcqg-adapter simulate", "dvcqg-adapter serve",
                "dvcqg-adapter bench worker", "dvcqg-adapter bench profile");
        assertThat(parsed(BackupCommand.class, "backup", "--lang", "en").language.english()).isTrue();
        assertThat(parsed(RetentionCommand.class, "retention", "--lang", "en").language.english()).isTrue();
        assertThat(parsed(KeysCommand.Rotate.class, "keys", "rotate", "--lang", "en").language.english()).isTrue();
        assertThat(parsed(CatalogueCommand.Refresh.class, "catalogue", "refresh", "--lang", "en").language.english()).isTrue();
    }

    @Test
    void replayWithNeitherIdNorFailedExitsTwoSayingSoInBothLanguages() {
        CommandLine cli = Cli.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(new StringWriter()));

        int exit = cli.execute("replay", "--dry-run");

        assertThat(exit).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(err.toString()).contains("cần --id <MaHoSo> hoặc --failed")
                .contains("give --id <MaHoSo> or --failed").doesNotContain("IllegalArgumentException");
    }

    @Test
    void everyCommandThatTookSettingsStillTakesThem() {
        for (String[] args : new String[][] {{"sync"}, {"serve"}, {"status"}, {"replay"}, {"catalogue", "refresh"},
                {"compliance", "--from", "2026-01-01", "--to", "2026-01-31", "--format", "csv"}, {"reconcile"}, {"keys", "rotate"}, {"retention"}, {"backup"}, {"demo"}, {"source", "check"}}) {
            String[] withSetting = java.util.Arrays.copyOf(args, args.length + 1);
            withSetting[args.length] = "--adapter.sync.batch-size=5";
            CommandLine.ParseResult result = Cli.commandLine().parseArgs(withSetting);
            while (result.hasSubcommand()) {
                result = result.subcommand();
            }
            assertThat(result.unmatched()).as(String.join(" ", args)).containsExactly("--adapter.sync.batch-size=5");
        }
    }

    @Test
    void aMistypedOptionIsNamedBeforeTheMissingChoice() {
        // --faild is the reason --failed is missing: the operator is told about the typo
        assertThat(Cli.run(new String[] {"replay", "--faild"})).isEqualTo(Cli.CONFIG_ERROR);
    }

    @Test
    void demoStaysAmongTheArgumentsBootReadsWhereverItStands() {
        assertThat(parsed(StatusCommand.class, "status", "--demo", "--adapter.sync.batch-size=5").spring.args)
                .containsExactlyInAnyOrder("--demo", "--adapter.sync.batch-size=5");
        assertThat(parsed(StatusCommand.class, "status", "--adapter.sync.batch-size=5", "--demo").spring.args)
                .containsExactlyInAnyOrder("--demo", "--adapter.sync.batch-size=5");
        assertThat(parsed(ReplayCommand.class, "replay", "--failed", "--demo", "--dry-run").spring.args).containsExactly("--demo");
        assertThat(parsed(StatusCommand.class, "status").spring.args).isNullOrEmpty();
    }
}
