package vn.dvc.adapter.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The bean steps of {@code routes/*.camel.yaml}, read as YAML, and which of their beans hold the
 * portal client (through the beans their constructors take, read from {@code src/main/java}).
 */
final class RouteSteps {

    /** A {@code bean} step: its route, bean, method and description (or null). */
    record Step(String route, String ref, String method, String description) {}

    private static final Path MAIN = Path.of("src/main/java");

    private RouteSteps() {
    }

    static List<Step> all() {
        List<Step> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("routes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".camel.yaml")).sorted().toList()) {
                Object doc = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file, StandardCharsets.UTF_8));
                for (Object item : (List<?>) doc) {
                    if (((Map<?, ?>) item).get("route") instanceof Map<?, ?> route) {
                        walk(String.valueOf(route.get("id")), route, out);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void walk(String route, Object node, List<Step> out) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("bean") instanceof Map<?, ?> bean && bean.get("ref") != null) {
                out.add(new Step(route, String.valueOf(bean.get("ref")), String.valueOf(bean.get("method")),
                        (String) bean.get("description")));
            }
            map.values().forEach(v -> walk(route, v, out));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> walk(route, v, out));
        }
    }

    /** The bean named {@code ref} reaches {@code target} through the beans its constructor takes, at any depth. */
    static boolean holds(String ref, String target) {
        return source(ref).map(file -> reaches(file, target, new HashSet<>())).orElse(false);
    }

    private static boolean reaches(Path file, String target, Set<String> seen) {
        String name = file.getFileName().toString().replace(".java", "");
        if (name.equals(target)) {
            return true;
        }
        if (!seen.add(name)) {
            return false;
        }
        Matcher ctor = Pattern.compile("\\b" + name + "\\s*\\(([^)]*)\\)\\s*\\{").matcher(read(file));
        if (!ctor.find()) {
            return false;
        }
        Matcher type = Pattern.compile("\\b([A-Z]\\w*)\\b").matcher(ctor.group(1));
        while (type.find()) {
            Optional<Path> dependency = byName(type.group(1));
            if (dependency.isPresent() && reaches(dependency.get(), target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The class of a bean: {@code @Component("ref")}, or the class whose name is the ref capitalised. */
    private static Optional<Path> source(String ref) {
        String named = "@Component(\"" + ref + "\")";
        return javaFiles().filter(f -> read(f).contains(named)).findFirst()
                .or(() -> byName(Character.toUpperCase(ref.charAt(0)) + ref.substring(1)));
    }

    private static Optional<Path> byName(String simpleName) {
        return javaFiles().filter(f -> f.getFileName().toString().equals(simpleName + ".java")).findFirst();
    }

    private static Stream<Path> javaFiles() {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(f -> f.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
