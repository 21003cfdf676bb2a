package vn.dvc.adapter.cli;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.aot.AotApplicationContextInitializer;
import org.springframework.util.ClassUtils;

/**
 * The context of the ledger-only commands ({@link LedgerOnly}) prepared when the jar is built: Spring's
 * ahead-of-time processing ({@code process-aot} in {@code pom.xml}) runs {@link #main} and writes the context's
 * bean definitions as code ({@code LedgerOnlyAot__ApplicationContextInitializer} and its classes), so that
 * {@code status}, {@code compliance} and {@code replay --dry-run} start without parsing the configuration classes,
 * scanning the adapter's packages and evaluating their conditions (docs/benchmarks.md, "Spring's ahead-of-time
 * context for the ledger-only commands").
 *
 * <p>What is fixed at build time: which beans there are — the auto-configurations' conditions (Flyway off, Hikari's
 * pool, Spring's JDBC exception translation). What is not: the settings' values, the profiles, the ledger's URL and
 * database. A start that must migrate the ledger ({@link LedgerSchema}) runs the ordinary way, with Flyway; so does
 * any start from classes in a folder (the tests, {@code mvn spring-boot:run}), one with {@code --debug} (Spring's
 * report of the conditions), one whose command line sets a key that chooses beans ({@link #CHOOSING}), and one with
 * {@code spring.aot.enabled=false} given as a JVM option, a command-line setting or {@code SPRING_AOT_ENABLED}.
 */
public final class LedgerOnlyAot {

    /** The Spring property that makes Spring use the generated classes. */
    static final String ENABLED = "spring.aot.enabled";
    private static final String GENERATED = LedgerOnlyAot.class.getName() + "__ApplicationContextInitializer";

    /**
     * The keys whose value decides which beans the ledger-only context has (the pool's type, the transaction
     * manager's, the proxies'): given on the command line, they start the command the ordinary way.
     */
    static final List<String> CHOOSING = List.of("spring.datasource.type", "spring.dao.", "spring.aop.", "spring.jmx.",
            "spring.main.");

    private LedgerOnlyAot() {
    }

    /** At build time only: the ledger-only context without Flyway, as {@link Boot} starts it, for Spring to write down. */
    public static void main(String[] args) {
        Map<String, Object> props = new HashMap<>(Boot.LEDGER_ONLY);
        props.put("spring.flyway.enabled", "false");
        // as command-line settings, which outrank the build machine's configuration files and environment (a
        // SPRING_FLYWAY_ENABLED there must not put Flyway into the context written down)
        List<String> line = new java.util.ArrayList<>(List.of(args));
        props.forEach((key, value) -> line.add("--" + key + "=" + value));
        new SpringApplicationBuilder(LedgerOnly.class).lazyInitialization(true).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(line.toArray(String[]::new));
    }

    /** The generated context is in this jar, not switched off, and nothing in {@code args} needs the ordinary start. */
    static boolean usable(List<String> args) {
        return wanted(args, System.getProperty(ENABLED), System.getenv("SPRING_AOT_ENABLED")) && inJar();
    }

    /** Neither the JVM's option, the environment's variable nor the command line switches it off or needs the ordinary start. */
    static boolean wanted(List<String> args, String property, String variable) {
        if (off(property) || off(variable)) {
            return false;
        }
        for (String arg : args == null ? List.<String>of() : args) {   // null: a command line with no setting
            String key = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
            if ("debug".equals(key) || ENABLED.equals(key) && off(arg.contains("=") ? arg.split("=", 2)[1] : "true")
                    || CHOOSING.stream().anyMatch(key::startsWith)) {
                return false;
            }
        }
        return true;
    }

    /** The generated classes are here, in a jar: not beside classes in a folder, where an earlier build may have left them. */
    private static boolean inJar() {
        ClassLoader loader = LedgerOnlyAot.class.getClassLoader();
        if (!ClassUtils.isPresent(GENERATED, loader)) {
            return false;
        }
        // generated next to classes in a folder: perhaps by an earlier build, for classes changed since
        URL location = LedgerOnlyAot.class.getProtectionDomain().getCodeSource() == null ? null
                : LedgerOnlyAot.class.getProtectionDomain().getCodeSource().getLocation();
        return location != null && !("file".equals(location.getProtocol()) && location.getPath().endsWith("/"));
    }

    private static boolean off(String value) {
        return "false".equalsIgnoreCase(value);
    }

    /**
     * The generated bean definitions, after {@code first}: Spring runs an ahead-of-time initializer before the
     * others, and the ledger's schema check must be the first bean the context creates ({@link LedgerSchema}).
     */
    static ApplicationContextInitializer<ConfigurableApplicationContext> initializer(
            ApplicationContextInitializer<ConfigurableApplicationContext> first) {
        AotApplicationContextInitializer<ConfigurableApplicationContext> generated =
                AotApplicationContextInitializer.forInitializerClasses(GENERATED);
        AotApplicationContextInitializer<ConfigurableApplicationContext> both = ctx -> {
            first.initialize(ctx);
            generated.initialize(ctx);
        };
        return both;
    }

    /** Runs {@code application} with Spring's generated classes on, for this start only. */
    static ConfigurableApplicationContext run(SpringApplicationBuilder application, List<String> args) {
        String before = System.setProperty(ENABLED, "true");
        try {
            return application.run(args.toArray(String[]::new));
        } finally {
            if (before == null) {
                System.clearProperty(ENABLED);
            } else {
                System.setProperty(ENABLED, before);
            }
        }
    }
}
