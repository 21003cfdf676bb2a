package vn.dvc.adapter.system;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Checks the operator's settings straight from the environment, before a context is refreshed:
 * binds {@link AdapterProperties} as Spring would, but notes a value that does not convert (say
 * {@code adapter.sync.batch-size=abc}) and goes on with the default, so one try names every
 * problem — the ones binding finds and the ones {@link AdapterProperties#problems()} finds.
 */
public final class Settings {

    private Settings() {
    }

    /** A settings group as binding makes it from nothing: its {@code @DefaultValue}s, the rest null. */
    public static <T> T defaults(Class<T> group) {
        return new Binder().bindOrCreate("adapter", Bindable.of(group));
    }

    /** Every missing or wrong {@code adapter.*} setting, one "key problem" each; empty when all is well. */
    public static List<String> problems(Environment env) {
        List<String> unreadable = new ArrayList<>();
        AbstractBindHandler noting = new AbstractBindHandler() {
            @Override
            public Object onFailure(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Exception error) {
                var property = context.getConfigurationProperty();
                unreadable.add(name + " is not a valid " + target.getType().resolve(Object.class).getSimpleName()
                        + ", is '" + (property == null ? null : property.getValue()) + "'");
                return null;   // the default stands in, so the other settings are still checked
            }
        };
        AdapterProperties properties = Binder.get(env).bindOrCreate("adapter", Bindable.of(AdapterProperties.class), noting);
        List<String> problems = new ArrayList<>(unreadable);
        problems.addAll(properties.problems());
        return problems;
    }

    /**
     * The keys a settings record binds under {@code prefix}, in the form an operator writes them
     * ({@code adapter.sync.batch-size}): each leaf of its records; a map or a list is one key, whatever lies below it
     * ({@code adapter.checks.over-limit.<field>}).
     */
    public static Set<String> keys(String prefix, Class<?> group) {
        Set<String> out = new LinkedHashSet<>();
        collect(prefix, group, out, false);
        return out;
    }

    /** Of {@link #keys}, the maps and lists: names below them are theirs ({@code adapter.sso.algorithms[0]}). */
    public static Set<String> wholeKeys(String prefix, Class<?> group) {
        Set<String> out = new LinkedHashSet<>();
        collect(prefix, group, out, true);
        return out;
    }

    private static void collect(String prefix, Class<?> group, Set<String> out, boolean wholeOnly) {
        for (RecordComponent part : group.getRecordComponents()) {
            String key = prefix + "." + part.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
            Class<?> type = part.getType();
            if (type.isRecord()) {
                collect(key, type, out, wholeOnly);
            } else if (!wholeOnly || java.util.Map.class.isAssignableFrom(type) || java.util.Collection.class.isAssignableFrom(type)
                    || type.isArray()) {
                out.add(key);
            }
        }
    }

    /**
     * Every {@code adapter.*} name given on the command line, in a configuration file or as a system property that
     * is none of {@code keys} nor below one ({@code --adapter.sync.batch-sise=50}, {@code adapter.source.type}):
     * Spring ignores such a name without a word, so a mistyped setting left its default in place silently. Compared
     * as Spring binds (case and dashes aside: {@code batchSize} is {@code batch-size}). Environment variables are
     * not read here: an {@code ADAPTER_*} variable of something else may live in the operator's environment.
     * Each comes as "name is not a setting", with the key it most likely meant when there is one.
     */
    public static List<String> unknown(Environment env, Set<String> keys, Set<String> whole) {
        List<ConfigurationPropertyName> known = names(keys);
        List<ConfigurationPropertyName> containers = names(whole);
        return given(env, false).stream()
                .filter(name -> name.regionMatches(true, 0, "adapter.", 0, 8)
                        && !known(ConfigurationPropertyName.adapt(name, '.'), known, containers))
                .map(name -> name + meant(name, keys).map(k -> " is not a setting (did you mean " + k + "?)").orElse(" is not a setting"))
                .toList();
    }

    /**
     * The environment's {@code ADAPTER_*} variables that are no setting ({@code ADAPTER_SYNC_BATCH_SISE}): worth a
     * warning, not a refusal, as a variable of that name may belong to something else. Spring reads
     * {@code adapter.sync.batch-size} from {@code ADAPTER_SYNC_BATCHSIZE} and from {@code ADAPTER_SYNC_BATCH_SIZE};
     * a variable below a map or a list ({@code ADAPTER_SSO_ALGORITHMS_0}) is known with it.
     */
    public static List<String> unknownVariables(Environment env, Set<String> keys, Set<String> whole) {
        Set<String> forms = variables(keys);
        Set<String> containers = variables(whole);
        return given(env, true).stream()
                .filter(name -> name.startsWith("ADAPTER_") && !forms.contains(name)
                        && containers.stream().noneMatch(f -> name.startsWith(f + "_")))
                .toList();
    }

    /** The names the environment's variables set ({@code variables}), or those all its other sources set; sorted, once each. */
    private static Set<String> given(Environment env, boolean variables) {
        Set<String> out = new TreeSet<>();
        if (env instanceof ConfigurableEnvironment configurable) {
            for (var source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> names && source instanceof SystemEnvironmentPropertySource == variables) {
                    out.addAll(List.of(names.getPropertyNames()));
                }
            }
        }
        return out;
    }

    /** Both names Spring reads a key from: {@code ADAPTER_SYNC_BATCHSIZE} and {@code ADAPTER_SYNC_BATCH_SIZE}. */
    private static Set<String> variables(Set<String> keys) {
        Set<String> forms = new java.util.HashSet<>();
        for (String key : keys) {
            String upper = key.toUpperCase(Locale.ROOT).replace('.', '_');
            forms.add(upper.replace("-", ""));
            forms.add(upper.replace('-', '_'));
        }
        return forms;
    }

    private static List<ConfigurationPropertyName> names(Set<String> keys) {
        return keys.stream().map(ConfigurationPropertyName::of).toList();
    }

    /** A key, a group of keys ({@code adapter.sync}), or a name below a map or a list. */
    private static boolean known(ConfigurationPropertyName given, List<ConfigurationPropertyName> known,
                                 List<ConfigurationPropertyName> containers) {
        return known.stream().anyMatch(k -> k.equals(given) || given.isAncestorOf(k)) || containers.stream().anyMatch(k -> k.isAncestorOf(given));
    }

    /** The key a mistyped name most likely meant: the same last word under another group, or a few letters apart. */
    private static java.util.Optional<String> meant(String name, Set<String> keys) {
        String given = name.toLowerCase(Locale.ROOT).replace("-", "").replaceAll("\\[[^]]*]", "");
        String last = given.substring(given.lastIndexOf('.') + 1);
        Comparator<String> nearest = Comparator.comparingInt(k -> distance(given, k.replace("-", "")));
        var sameWord = keys.stream().filter(k -> k.replace("-", "").endsWith("." + last)).min(nearest);
        if (sameWord.isPresent()) {
            return sameWord;
        }
        return keys.stream().min(nearest).filter(k -> distance(given, k.replace("-", "")) <= Math.max(2, last.length() / 3));
    }

    /** Levenshtein's distance between two names (a mistyped setting's, and a mistyped option's: cli/Boot). */
    public static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
