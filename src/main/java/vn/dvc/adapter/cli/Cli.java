package vn.dvc.adapter.cli;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The adapter's commands; each boots the Spring context it needs and maps the outcome to an exit code. */
@Command(name = "dvcqg-adapter", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = {"Liên thông hồ sơ từ Hệ thống một cửa điện tử lên Cổng Dịch vụ công Quốc gia.",
                "Moves dossiers from the province's one-stop system to the National Public Service Portal."})
public class Cli implements Runnable {

    /** The commands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, SyncCommand.class, SimulateCommand.class, ServeCommand.class,
            StatusCommand.class, ReplayCommand.class, CatalogueCommand.class, ComplianceCommand.class, ReconcileCommand.class,
            KeysCommand.class, RetentionCommand.class, BackupCommand.class, SourceCommand.class, BenchCommand.class);

    /** Every dossier was sent or refused for its data. */
    public static final int OK = 0;
    /** A setting is missing or wrong, an option is bad, or the ledger is held by a running {@code serve}. */
    public static final int CONFIG_ERROR = 2;
    /** Some transfers failed and wait for a retry. */
    public static final int RETRY_LATER = 3;

    /** The heading of each command's list of exit codes in its {@code --help}. */
    static final String EXIT_CODES = "%nMã thoát / exit codes:%n";

    public static int run(String[] args) {
        return forArgs(args).execute(args);
    }

    /** The jar's entry point: {@link #run}, or for a bare {@code java -jar} of a ledger-only command a quicker child JVM ({@link Relaunch}). */
    public static int start(String[] args) {
        OptionalInt child = Relaunch.ifQuicker(args);
        return child.isPresent() ? child.getAsInt() : run(args);
    }

    /**
     * The command line with {@code --help} and {@code --version} on every command: picocli answers
     * them before the command runs (without them, {@code demo --help} fell to the Spring arguments
     * and ran the demo).
     */
    static CommandLine commandLine() {
        return build(type -> true);
    }

    /**
     * The top level with each command's name and description only: what {@code --help}, {@code --version},
     * a mistyped option or no word at all need, without picocli's model of every command's options
     * (0.42–0.51 s became 0.36–0.44 s for such an answer: docs/benchmarks.md, "The first answer").
     * It answers these exactly as the whole command line does ({@code CliHelpTest}).
     */
    static CommandLine outline() {
        return build(type -> false);
    }

    /**
     * The command line a run needs: picocli's whole model of the command its first word names (options,
     * subcommands, {@code --help} and {@code --version}), the other commands as outlines. Modelling every
     * command's options took 0.30 of the 0.55 s before Spring starts, now 0.17 (docs/benchmarks.md, "ID tokens
     * decoded by the JDK, … and the first answers"); the answers are the whole command line's ({@code CliHelpTest}).
     * Arguments read from a file ({@code @args.txt}) name their command inside it: the whole command line then.
     */
    static CommandLine forArgs(String... args) {
        if (Arrays.stream(args).anyMatch(a -> a.startsWith("@"))) {
            return commandLine();
        }
        String word = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        return build(type -> {
            Command command = type.getAnnotation(Command.class);
            return command.name().equals(word) || Arrays.asList(command.aliases()).contains(word);
        });
    }

    private static CommandLine build(java.util.function.Predicate<Class<?>> whole) {
        vn.dvc.adapter.system.Say.english(false);   // until a command's --lang en says otherwise
        CommandLine cli = new CommandLine(new Cli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> Boot.report(e));
        cli.setExecutionStrategy(parsed -> {
            CommandLine.ParseResult last = parsed;
            while (last.hasSubcommand()) {
                last = last.subcommand();
            }
            Boot.commandOptions(last.commandSpec().optionsMap().keySet());   // a mistyped option's "did you mean"
            String lang = last.matchedOptionValue("--lang", "vi");
            if (!"vi".equals(lang) && !"en".equals(lang)) {
                // every command took any value and answered in Vietnamese: `--lang fr`, `--lang EN` said nothing
                throw new CommandLine.ParameterException(last.commandSpec().commandLine(),
                        "--lang: '" + lang + "' không hợp lệ, dùng vi hoặc en / is not a language here, use vi or en");
            }
            return new CommandLine.RunLast().execute(parsed);
        });
        cli.setParameterExceptionHandler(CliTexts::badOption);
        cli.getCommandSpec().resourceBundle(new CliTexts.Help());
        for (Class<?> type : COMMANDS) {
            Command command = type.getAnnotation(Command.class);
            if (whole.test(type)) {
                cli.addSubcommand(type);
                withHelp(cli.getSubcommands().get(command.name()));
            } else {
                CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create().name(command.name())
                        .aliases(command.aliases());
                spec.usageMessage().description(command.description()).hidden(command.hidden());
                cli.addSubcommand(command.name(), spec);
            }
        }
        cli.registerConverter(java.time.LocalDate.class, CliTexts::date);   // after the commands: picocli gives it to those it has
        return cli;
    }

    /** {@code --help}, {@code --version} and the texts of both languages on a command and on each of its own. */
    private static void withHelp(CommandLine sub) {
        if (!sub.getCommandSpec().mixinStandardHelpOptions()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
        }
        sub.getCommandSpec().versionProvider(new Version());
        sub.getCommandSpec().resourceBundle(new CliTexts.Help());   // picocli's stock texts in both languages
        // picocli 4.7 binds a command's own @Unmatched field but leaves a mixin's aside (it stays on the
        // mixin's spec): bind SharedOptions.SpringArgs here, or every setting would be refused
        for (CommandLine.Model.CommandSpec mixin : sub.getCommandSpec().mixins().values()) {
            mixin.unmatchedArgsBindings().forEach(sub.getCommandSpec()::addUnmatchedArgsBinding);
        }
        sub.getSubcommands().values().forEach(Cli::withHelp);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage, with the commands this command line was given. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** "dvcqg-adapter 0.1.0": from the jar's manifest or Maven's pom.properties; "development build" from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"dvcqg-adapter " + version(), "Java " + Runtime.version()};
        }

        static String version() {
            String v = Cli.class.getPackage().getImplementationVersion();
            if (v != null) {
                return v;
            }
            try (InputStream in = Cli.class.getResourceAsStream("/META-INF/maven/vn.dvc/dvcqg-adapter/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    return p.getProperty("version", "development build");
                }
            } catch (java.io.IOException e) {
                // fall through: a version is nice to have, never worth a failure
            }
            return "development build";
        }
    }
}
