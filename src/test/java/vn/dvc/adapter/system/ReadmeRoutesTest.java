package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The README's architecture section matches the routes: it names every route of
 * {@code routes/*.camel.yaml} and every {@code bean.method} a step calls, so a route or step added,
 * renamed or removed cannot leave the picture behind.
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
}
