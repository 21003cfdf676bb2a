package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's architecture section matches the routes: it names every route of
 * {@code routes/*.camel.yaml} and every {@code bean.method} a step calls, so a route or step added,
 * renamed or removed cannot leave the picture behind; and a step whose bean calls the portal names
 * the {@code portal-call} route it leads to, in the YAML and in the README.
 */
class ReadmeRoutesTest {

    private static final Pattern ROUTE = Pattern.compile("- route(?:Configuration)?:\\s*\\n\\s+id:\\s*(\\S+)");
    private static final Pattern CALL = Pattern.compile("ref:\\s*(\\w+)\\s*\\n\\s+method:\\s*(\\w+)");

    private static String architecture() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## Architecture");
        assertThat(start).as("README.md has an Architecture section").isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<String> found(Pattern pattern, String format) throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList()) {
                Matcher m = pattern.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    out.add(m.groupCount() == 1 ? String.format(format, m.group(1)) : String.format(format, m.group(1), m.group(2)));
                }
            }
        }
        return out;
    }

    @Test
    void everyRouteIsNamed() throws IOException {
        List<String> routes = found(ROUTE, "`%s`");

        assertThat(routes).as("routes found in routes/").hasSizeGreaterThanOrEqualTo(18).contains("`sync-run`", "`push-batch`");
        assertThat(architecture()).contains(routes);
    }

    @Test
    void everyBeanAStepCallsIsNamedWithItsMethod() throws IOException {
        List<String> calls = found(CALL, "`%s.%s`");

        assertThat(calls).as("bean calls found in routes/").contains("`pushStep.send`", "`pushStep.record`", "`pageRecorder.record`");
        assertThat(architecture()).contains(calls);
    }

    /**
     * The portal client sends every call through {@code direct:portal-call}: a bean that holds it (its
     * constructor's beans, at any depth) has a step whose description says it leads there.
     */
    @Test
    void everyBeanThatCallsThePortalNamesPortalCallOnAStep() {
        List<RouteSteps.Step> steps = RouteSteps.all();
        Set<String> calling = steps.stream().map(RouteSteps.Step::ref).filter(ref -> RouteSteps.holds(ref, "PortalClient"))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> saying = steps.stream().filter(s -> s.description() != null && s.description().contains("direct:portal-call"))
                .map(RouteSteps.Step::ref).collect(Collectors.toCollection(TreeSet::new));

        assertThat(calling).as("beans that hold the portal client").contains("pushStep", "readBack", "catalogueRefresh");
        assertThat(saying).as("beans with a step naming direct:portal-call").isEqualTo(calling);
    }

    /** A route a step's description says it leads to exists, and the README's row of the step's route names it. */
    @Test
    void theRoutesAStepLeadsToAreInItsRowOfTheReadme() throws IOException {
        Pattern direct = Pattern.compile("direct:([\\w-]+)");
        List<String> routes = found(ROUTE, "%s");
        String architecture = architecture();
        int leads = 0;
        for (RouteSteps.Step step : RouteSteps.all()) {
            Matcher m = direct.matcher(step.description() == null ? "" : step.description());
            while (m.find()) {
                leads++;
                assertThat(routes).as("the route %s.%s leads to", step.ref(), step.method()).contains(m.group(1));
                assertThat(row(architecture, step.route())).as("README row of %s", step.route()).contains("`" + m.group(1) + "`");
            }
        }
        assertThat(leads).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDiagramShowsADossierGoingThroughPortalCall() throws IOException {
        String diagram = architecture().split("```")[1];
        String path = diagram.lines().filter(l -> l.contains("push-batch")).findFirst().orElse("");

        assertThat(path).as("the dossier's path in the diagram").containsSubsequence("push-page", "push-batch", "portal-call", "portal:");
    }

    private static String row(String architecture, String route) {
        return architecture.lines().filter(l -> l.startsWith("| `" + route + "` ")).findFirst().orElse("");
    }
}
