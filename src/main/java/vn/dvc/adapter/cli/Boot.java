package vn.dvc.adapter.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.MapPropertySource;

import vn.dvc.adapter.AdapterApplication;
import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.ledger.LedgerFault;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ConfigurationError;
import vn.dvc.adapter.system.DurableH2;
import vn.dvc.adapter.system.Settings;

/** Boots the Spring context for a command, passing through {@code --spring.*} and {@code --adapter.*} arguments. */
final class Boot {

    static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    static final PrintStream ERR = new PrintStream(System.err, true, StandardCharsets.UTF_8);

    /**
     * For commands that only read the ledger: the small context of {@link LedgerOnly} (no Camel, no
     * web layer), beans created when asked for, no check of the systems' settings.
     */
    static final Map<String, Object> LEDGER_ONLY = Map.of("adapter.check-config", "false",
            "camel.main.routes-collector-enabled", "false");

    /** For {@code source check}: the settings alone ({@link SourceOnly}); the command checks the source's itself. */
    static final Map<String, Object> SOURCE_ONLY = Map.of("adapter.check-config", "false",
            "camel.main.routes-collector-enabled", "false", "spring.flyway.enabled", "false");

    /**
     * Every {@code adapter.*} key there is: the typed properties' ({@link AdapterProperties}, {@link AdminProperties};
     * {@code adapter.targets} is one whole key) and the one read before any binding ({@code adapter.check-config}).
     */
    static final Set<String> KEYS = keys(Settings::keys, "adapter.check-config", "adapter.targets");

    /** Of {@link #KEYS}, those whose names below are theirs: the maps and lists, and the targets. */
    static final Set<String> WHOLE_KEYS = keys(Settings::wholeKeys, "adapter.targets");

    /** The environment's variables warned of in this JVM. */
    private static final Set<String> WARNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private Boot() {
    }

    /** The keys {@code of} the typed properties gives, and {@code more}. */
    private static Set<String> keys(java.util.function.BiFunction<String, Class<?>, Set<String>> of, String... more) {
        Set<String> keys = new LinkedHashSet<>(List.of(more));
        keys.addAll(of.apply("adapter", AdapterProperties.class));
        keys.addAll(of.apply("adapter.admin", AdminProperties.class));
        return Set.copyOf(keys);
    }

    /** A bar on a terminal, plain lines otherwise, nothing when stdout carries JSON. */
    static String progress(boolean json) {
        return json ? "off" : System.console() != null ? "bar" : "lines";
    }

    static ConfigurableApplicationContext context(List<String> args, WebApplicationType web, Map<String, Object> defaults,
                                                  String... profiles) {
        return context(args, web, defaults, false, profiles);
    }

    /**
     * @param migrate for {@link #LEDGER_ONLY}: with Flyway, as the other commands start. Without it (the first try),
     *                Flyway is not even created: the ledger's history is read once ({@link LedgerSchema}), and only a
     *                ledger behind this jar gets a second context that migrates it.
     */
    private static ConfigurableApplicationContext context(List<String> args, WebApplicationType web,
                                                          Map<String, Object> defaults, boolean migrate, String... profiles) {
        // named with the settings' problems, all at once, before any bean starts (commandSettings below)
        List<String> unknownOptions = unknownOptions(args);
        boolean demo = DemoSettings.selected(args, profiles);
        boolean ledgerOnly = defaults == LEDGER_ONLY;
        boolean withoutFlyway = ledgerOnly && !migrate;
        // the demo's ledger, key and simulators (--demo); the command's own settings outrank them
        Map<String, Object> props = new HashMap<>(demo ? DemoSettings.settings() : Map.of());
        props.putAll(defaults);
        if (withoutFlyway) {
            props.put("spring.flyway.enabled", "false");
        }
        // What the command sets outranks the configuration files; the operator's own arguments outrank it.
        ApplicationContextInitializer<ConfigurableApplicationContext> schemaFirst = ctx -> {
            if (withoutFlyway && ctx.getEnvironment().getProperty("spring.flyway.enabled", Boolean.class, true)) {
                // the operator runs Flyway: before any bean reads the ledger, a ledger behind the jar stops this start
                LedgerSchema.checkFirst(ctx);
            }
        };
        ApplicationContextInitializer<ConfigurableApplicationContext> commandSettings = ctx -> {
            var sources = ctx.getEnvironment().getPropertySources();
            var source = new MapPropertySource("command", props);
            if (sources.contains(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME)) {
                sources.addAfter(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME, source);
            } else {
                sources.addFirst(source);
            }
            if (withoutFlyway) {
                // a ledger-only command's H2 file closes without compacting (system/DurableH2.closingAsIs)
                String url = ctx.getEnvironment().getProperty("spring.datasource.url");
                String asIs = DurableH2.closingAsIs(url);
                if (asIs != null && !asIs.equals(url)) {
                    sources.addFirst(new MapPropertySource("ledger-closing-as-is", Map.of("spring.datasource.url", asIs)));
                }
            }
            ledgerUrl = ctx.getEnvironment().getProperty("spring.datasource.url");   // to name it if it fails
            // Every missing, wrong or mistyped setting at once, and before any bean, route or database starts:
            // a configuration error costs the JVM's start only, not the whole context's. A mistyped name is
            // refused by every command, the ledger-only ones too: Spring would ignore it without a word.
            List<String> problems = new java.util.ArrayList<>(unknownOptions);
            problems.addAll(Settings.unknown(ctx.getEnvironment(), KEYS, WHOLE_KEYS));
            for (String variable : Settings.unknownVariables(ctx.getEnvironment(), KEYS, WHOLE_KEYS)) {
                if (!WARNED.add(variable)) {
                    continue;   // said once, even when a ledger behind the jar starts the command again
                }
                org.slf4j.LoggerFactory.getLogger(Boot.class).warn("Biến môi trường {} không ứng với thiết lập nào (trừ khi tệp cấu hình"
                        + " đọc nó qua ${…}) / the environment variable {} matches no setting (unless a configuration file reads it as"
                        + " ${…}); adapter.sync.batch-size is ADAPTER_SYNC_BATCHSIZE or ADAPTER_SYNC_BATCH_SIZE", variable, variable);
            }
            if (ctx.getEnvironment().getProperty("adapter.check-config", Boolean.class, true)) {
                problems.addAll(Settings.problems(ctx.getEnvironment()));
            }
            java.nio.file.Path h2 = ledgerOnly ? vn.dvc.adapter.system.LedgerFiles.file(ledgerUrl) : null;
            if (h2 != null && !java.nio.file.Files.exists(h2)) {
                // a command that reads the ledger would make an empty one there and report its zeros as the province's
                problems.add("không có sổ cái ở " + h2 + (demo ? " (chạy `demo` trước)" : " (chưa có lượt `sync` nào với thiết lập"
                        + " này; sổ cái của buổi chạy thử: thêm --demo)") + " / no ledger at " + h2 + (demo ? " (run `demo` first)"
                        : " (no `sync` has run with these settings; the demo's ledger: add --demo)"));
            }
            if (!problems.isEmpty()) {
                throw new ConfigurationError(problems);
            }
        };
        if (web == WebApplicationType.NONE) {
            // Spring Boot warms Bean Validation, Jackson and the HTTP message converters on a second thread as it
            // starts, for a web layer a command without one never has: on two cores that thread takes the CPU
            // the command waits for (java -jar … status: 7.7 → 6.5 s, 14.4 → 11.8 s of CPU; docs/benchmarks.md,
            // "ID tokens decoded by the JDK, … and the first answers")
            System.setProperty("spring.backgroundpreinitializer.ignore", "true");
        }
        boolean sourceOnly = defaults == SOURCE_ONLY;
        // the ledger-only context as built ahead of time (LedgerOnlyAot), unless Flyway must run or the build has none
        boolean ahead = withoutFlyway && LedgerOnlyAot.usable(args);
        try {
            SpringApplicationBuilder application = new SpringApplicationBuilder(
                    ledgerOnly ? LedgerOnly.class : sourceOnly ? SourceOnly.class : AdapterApplication.class)
                    // set on the builder: spring.main.* is read before the command's settings are added
                    .lazyInitialization(ledgerOnly || sourceOnly)
                    .web(web)
                    .profiles(demo ? DemoSettings.profiles(profiles) : profiles)
                    .initializers(ahead ? LedgerOnlyAot.initializer(schemaFirst) : schemaFirst, commandSettings)
                    .logStartupInfo(false);
            return ahead ? LedgerOnlyAot.run(application, DemoSettings.springArgs(args))
                    : application.run(DemoSettings.springArgs(args).toArray(String[]::new));
        } catch (RuntimeException e) {
            if (LedgerSchema.behind(e)) {
                return context(args, web, defaults, true, profiles);
            }
            throw e;
        }
    }

    /** A setting given on the command line, {@code --adapter.sync.batch-size=50}: a dotted key. */
    private static final java.util.regex.Pattern SETTING = java.util.regex.Pattern.compile("--[A-Za-z][\\w-]*\\.[^=\\s]+(=.*)?",
            java.util.regex.Pattern.DOTALL);

    /**
     * What a command does not know goes to Spring as settings; but a word that is not a setting is a
     * mistyped option ({@code --dryrun} for {@code --dry-run} would otherwise replay for real): every
     * one of them is refused at once, before anything runs.
     */
    static void refuseUnknownOptions(List<String> args) {
        List<String> unknown = unknownOptions(args);
        if (!unknown.isEmpty()) {
            throw new ConfigurationError(unknown);
        }
    }

    /** The options of the command being run (set as picocli runs it, {@link Cli}): what a mistyped one most likely meant. */
    private static volatile java.util.Collection<String> commandOptions = List.of();

    static void commandOptions(java.util.Collection<String> names) {
        commandOptions = List.copyOf(names);
    }

    /** The command's option a mistyped one most likely meant ({@code --dryrun}: {@code --dry-run}), a few letters apart. */
    static java.util.Optional<String> meant(String option) {
        String given = option.toLowerCase(java.util.Locale.ROOT).replace("-", "");
        return commandOptions.stream().filter(o -> o.startsWith("--"))
                .min(java.util.Comparator.comparingInt(o -> vn.dvc.adapter.system.Settings.distance(given, o.replace("-", ""))))
                .filter(o -> vn.dvc.adapter.system.Settings.distance(given, o.replace("-", "")) <= Math.max(1, given.length() / 4));
    }

    /** Each word a command does not know and that is no setting, with the value after it, as a problem to name. */
    static List<String> unknownOptions(List<String> args) {
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; args != null && i < args.size(); i++) {
            String a = args.get(i);
            if (SETTING.matcher(a).matches() || "--debug".equals(a) || "--trace".equals(a) || DemoSettings.SWITCH.equals(a)) {
                continue;
            }
            java.util.Optional<String> meant = a.startsWith("-") ? meant(a.split("=", 2)[0]) : java.util.Optional.empty();
            // "--limt 3": the word after a mistyped option is its value, named with it rather than as a second unknown option
            if (a.startsWith("-") && !a.contains("=") && i + 1 < args.size() && !args.get(i + 1).startsWith("-")) {
                a = a + " " + args.get(++i);
            }
            unknown.add(meant.isPresent()
                    ? a + " là tuỳ chọn không có của lệnh này (có phải " + meant.get() + "?) / is not an option of this command (did you mean "
                            + meant.get() + "?)"
                    : a + " là tuỳ chọn không có của lệnh này (xem --help) / is not an option of this command"
                            + " (see --help), nor a setting (--adapter.<key>=<value>)");
        }
        return unknown;
    }

    /**
     * For the ledger-only commands that need some settings after all ({@code keys rotate} the key,
     * {@code retention} its ages): every problem under these prefixes, at once.
     */
    static void requireSettings(ConfigurableApplicationContext ctx, String... prefixes) {
        if (prefixes.length == 0) {
            return;   // status, compliance: checking every setting to keep none cost them 50-80 ms
        }
        List<String> problems = Settings.problems(ctx.getEnvironment()).stream()
                .filter(p -> java.util.Arrays.stream(prefixes).anyMatch(p::startsWith)).toList();
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }

    /** Who runs a command, for the audit log: {@code cli:<user>}. */
    static String actor() {
        return "cli:" + System.getProperty("user.name", "?");
    }

    /** The ledger's JDBC URL of the command's context, once it is known: to name the database when it fails. */
    private static volatile String ledgerUrl;

    /**
     * The ledger's database failed (unreachable, a connection reset, a file that cannot be written):
     * worth trying again later, unlike a ledger held by {@code serve} or a wrong password.
     */
    static boolean ledgerUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationError) {
                return false;
            }
        }
        return LedgerFault.is(e) && !LedgerInUse.isCause(e) && !LedgerInUse.wrongPassword(e);
    }

    /** The ledger's failure in one line naming its database. */
    static String ledgerLine(Throwable e) {
        return LedgerFault.line(ledgerUrl, e);
    }

    /**
     * A failed command: a configuration error exits 2 with the setting named, and so does a ledger
     * held by a running {@code serve} (one line: {@link LedgerInUse}); a ledger database that cannot
     * be reached or written exits 3 (try again later) with one line naming it, and so do the portal still failing
     * after the portal client's tries and the one-stop system's database failing; anything else exits 1.
     */
    static int report(Throwable e) {
        return report(e, ERR);
    }

    static int report(Throwable e, PrintStream err) {
        if (LedgerInUse.isCause(e)) {
            err.println(LedgerInUse.message());
            return Cli.CONFIG_ERROR;
        }
        if (LedgerInUse.wrongPassword(e)) {
            err.println(LedgerInUse.wrongPasswordMessage());
            return Cli.CONFIG_ERROR;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConfigurationError config) {
                if (config.problems().size() == 1) {
                    err.println("Lỗi cấu hình / configuration error: " + CliTexts.problem(config.problems().get(0)));
                } else {
                    err.println("Lỗi cấu hình / configuration error: " + config.problems().size()
                            + " thiết lập thiếu hoặc sai / settings missing or wrong:");
                    config.problems().forEach(problem -> err.println("  " + CliTexts.problem(problem)));
                }
                return Cli.CONFIG_ERROR;
            }
        }
        if (ledgerUnreachable(e)) {
            err.println(ledgerLine(e));
            return Cli.RETRY_LATER;
        }
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof vn.dvc.adapter.source.database.SourceUnavailable source) {
                err.println("Lỗi / error: " + source.getMessage());   // names the one-stop database, in both languages
                return Cli.RETRY_LATER;
            }
            if (t instanceof vn.dvc.adapter.portal.PortalFault portal) {
                // the portal away after the client's tries (a catalogue refresh): worth trying again later, as a sync says
                Throwable why = deepest(portal);
                String detail = why == portal || why.getMessage() == null ? "" : ": " + why.getMessage();
                err.println("Lỗi / error: " + portal.getMessage().replaceFirst("(?s): .*", "") + " / " + portal.english() + detail);
                return Cli.RETRY_LATER;
            }
        }
        Throwable root = deepest(e);
        err.println("Lỗi / error: " + root.getMessage() + " (" + root.getClass().getSimpleName() + ")");
        return 1;
    }

    /** The innermost cause, whose words say what happened. */
    private static Throwable deepest(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
