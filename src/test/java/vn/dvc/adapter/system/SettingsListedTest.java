package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.io.FileSystemResource;

import vn.dvc.adapter.admin.AdminProperties;

/**
 * One place for settings: every key the typed properties bind ({@link AdapterProperties}, {@link AdminProperties},
 * {@link Targets}) stands in {@code config/application.yaml} (set or commented, with a one-line comment) and in
 * README "Configuration", and neither lists a key that nothing binds; what application.yaml sets is the
 * default the properties declare, so the default is written once and shown, never contradicted.
 */
class SettingsListedTest {

    /** Read by {@code cli/Boot} before anything is bound: it decides whether the settings are checked at all. */
    private static final Set<String> READ_BEFORE_BINDING = Set.of("adapter.check-config");

    private static final Pattern YAML_KEY = Pattern.compile("^( *)(# ?)?( *)([a-z][a-zA-Z0-9-]*):(?: (.*))?$");
    private static final Pattern README_KEY = Pattern.compile("`([a-z][^`]*)`");

    /** Each key the properties bind; a map, a list or the targets is one key, whatever lies below it. */
    static Set<String> bound() {
        Set<String> keys = new LinkedHashSet<>(READ_BEFORE_BINDING);
        keys.addAll(Settings.keys("adapter", AdapterProperties.class));
        keys.addAll(Settings.keys("adapter.admin", AdminProperties.class));
        keys.add("adapter.targets");
        return keys;
    }

    /** The keys of application.yaml's {@code adapter:} block, set or commented out, each with its line. */
    static Map<String, String> listedInYaml() throws IOException {
        return listedInYaml(Files.readAllLines(Path.of("config/application.yaml"), StandardCharsets.UTF_8));
    }

    static Map<String, String> listedInYaml(List<String> lines) {
        Map<String, String> keys = new LinkedHashMap<>();
        Deque<Map.Entry<Integer, String>> parents = new ArrayDeque<>();
        boolean inAdapter = false;
        for (String line : lines) {
            if (!line.isBlank() && !line.startsWith(" ") && !line.startsWith("#")) {
                inAdapter = line.equals("adapter:");
                parents.clear();
                continue;
            }
            Matcher m = YAML_KEY.matcher(line);
            if (!inAdapter || !m.matches()) {
                continue;
            }
            int indent = m.group(1).length() + m.group(3).length() + (m.group(2) == null ? 0 : m.group(2).length() - 2);
            while (!parents.isEmpty() && parents.peek().getKey() >= indent) {
                parents.pop();
            }
            String key = (parents.isEmpty() ? "adapter" : parents.peek().getValue()) + "." + m.group(4);
            keys.put(key, line);
            parents.push(Map.entry(indent, key));
        }
        return keys;
    }

    /** The adapter keys named in the first column of README "Configuration": {@code `adapter.a.b`, `c`} is a.b and a.c. */
    static Set<String> listedInReadme() throws IOException {
        return listedInReadme(Files.readString(Path.of("README.md"), StandardCharsets.UTF_8));
    }

    static Set<String> listedInReadme(String readme) {
        int start = readme.indexOf("## Configuration");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        Set<String> keys = new LinkedHashSet<>();
        for (String row : section.split("\n")) {
            if (!row.startsWith("| `")) {
                continue;
            }
            Matcher m = README_KEY.matcher(row.split("\\|")[1]);
            String parent = null;
            while (m.find()) {
                String key = m.group(1).replaceAll("\\.(<[^>]+>|\"\\[[^]]+]\"|\\*)$", "");
                if (key.startsWith("adapter.")) {
                    parent = key.substring(0, key.lastIndexOf('.'));
                    keys.add(key);
                } else if (parent != null && !key.contains(".")) {
                    keys.add(parent + "." + key);
                }
            }
        }
        return keys;
    }

    /** Bound itself, below a key that is bound whole (a map, a list, the targets), or a group of bound keys. */
    private static boolean isBound(String key, Set<String> bound) {
        return bound.stream().anyMatch(b -> key.equals(b) || key.startsWith(b + ".") || b.startsWith(key + "."));
    }

    @Test
    void everyBoundKeyIsInApplicationYamlWithAComment() throws IOException {
        Map<String, String> yaml = listedInYaml();

        assertThat(bound()).as("keys bound").hasSizeGreaterThan(70);
        assertThat(yaml.keySet()).as("keys in config/application.yaml").containsAll(bound());
        for (String key : bound()) {
            assertThat(yaml.get(key)).as("the line of " + key).matches(".*:\\s.*#.*\\S.*");
        }
    }

    @Test
    void applicationYamlNamesNoKeyThatNothingBinds() throws IOException {
        Set<String> bound = bound();

        assertThat(listedInYaml().keySet()).filteredOn(key -> !isBound(key, bound)).isEmpty();
    }

    @Test
    void everyBoundKeyIsInTheReadme() throws IOException {
        assertThat(listedInReadme()).containsAll(bound());
    }

    @Test
    void theReadmeNamesNoKeyThatNothingBinds() throws IOException {
        Set<String> bound = bound();

        assertThat(listedInReadme()).hasSizeGreaterThan(70).filteredOn(key -> !isBound(key, bound)).isEmpty();
    }

    @Test
    void whatApplicationYamlSetsIsTheDefaultThePropertiesDeclare() throws IOException {
        Map<String, Object> set = new LinkedHashMap<>();
        for (var source : new YamlPropertySourceLoader().load("app", new FileSystemResource("config/application.yaml"))) {
            for (String name : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
                Object value = source.getProperty(name);
                if (name.startsWith("adapter.") && value != null && !value.toString().isBlank()) {
                    set.put(name, value.toString());
                }
            }
        }
        Binder yaml = new Binder(new MapConfigurationPropertySource(set));

        assertThat(set).as("values application.yaml sets").hasSizeGreaterThan(40);
        assertThat(yaml.bindOrCreate("adapter", Bindable.of(AdapterProperties.class)))
                .isEqualTo(Settings.defaults(AdapterProperties.class));
        assertThat(yaml.bindOrCreate("adapter.admin", Bindable.of(AdminProperties.class)))
                .isEqualTo(Settings.defaults(AdminProperties.class));
    }

    @Test
    void theListsAreReadAsAPersonReadsThem() {
        Map<String, String> yaml = listedInYaml(List.of("adapter:", "  sync:", "    cron: x   # c", "    # lock-wait: PT1M  # c",
                "  ledger:", "    encryption:", "      # previous-keys:   # c", "      #   k0: v", "  # Set by the commands:",
                "  # cli:", "  #   progress: off   # c", "spring:", "  sync:", "    cron: y"));
        Set<String> readme = listedInReadme("## Configuration\n| key | meaning |\n|---|---|\n"
                + "| `adapter.sync.max-attempts`, `retry-backoff` | m |\n| `adapter.checks.over-limit.<field>` | m |\n"
                + "| `adapter.targets.*` | m |\n| `spring.datasource.url` | m |\n## Next\n| `adapter.other` | m |\n");

        assertThat(yaml.keySet()).containsExactly("adapter.sync", "adapter.sync.cron", "adapter.sync.lock-wait", "adapter.ledger",
                "adapter.ledger.encryption", "adapter.ledger.encryption.previous-keys", "adapter.ledger.encryption.previous-keys.k0",
                "adapter.cli", "adapter.cli.progress");
        assertThat(readme).containsExactly("adapter.sync.max-attempts", "adapter.sync.retry-backoff", "adapter.checks.over-limit",
                "adapter.targets");
        assertThat(isBound("adapter.ledger.encryption.previous-keys.k0", bound())).isTrue();
        assertThat(isBound("adapter.sync.lock-waits", bound())).isFalse();
        assertThat(isBound("adapter.syncs", bound())).isFalse();
    }
}
