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
 * <p>What is fixed at build time: which beans there are (the conditions of the auto-configurations, Flyway off).
 * What is not: every setting's value, the profiles, the ledger's URL. A start that must migrate the ledger
 * ({@link LedgerSchema}) runs the ordinary way, with Flyway; so does any start from classes in a folder (the
 * tests, {@code mvn spring-boot:run}), where generated classes from an earlier {@code mvn package} could be
 * stale; and {@code -Dspring.aot.enabled=false} turns it off.
 */
public final class LedgerOnlyAot {

    /** The Spring property that makes Spring use the generated classes. */
    static final String ENABLED = "spring.aot.enabled";
    private static final String GENERATED = LedgerOnlyAot.class.getName() + "__ApplicationContextInitializer";

    private LedgerOnlyAot() {
    }

    /** At build time only: the ledger-only context without Flyway, as {@link Boot} starts it, for Spring to write down. */
    public static void main(String[] args) {
        Map<String, Object> props = new HashMap<>(Boot.LEDGER_ONLY);
        props.put("spring.flyway.enabled", "false");
        new SpringApplicationBuilder(LedgerOnly.class).lazyInitialization(true).web(WebApplicationType.NONE)
                .properties(props).logStartupInfo(false).run(args);
    }

    /** The generated context is in this jar, and not switched off. */
    static boolean usable() {
        if ("false".equalsIgnoreCase(System.getProperty(ENABLED))) {
            return false;
        }
        ClassLoader loader = LedgerOnlyAot.class.getClassLoader();
        if (!ClassUtils.isPresent(GENERATED, loader)) {
            return false;
        }
        // generated next to classes in a folder: perhaps by an earlier build, for classes changed since
        URL location = LedgerOnlyAot.class.getProtectionDomain().getCodeSource() == null ? null
                : LedgerOnlyAot.class.getProtectionDomain().getCodeSource().getLocation();
        return location != null && !("file".equals(location.getProtocol()) && location.getPath().endsWith("/"));
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
