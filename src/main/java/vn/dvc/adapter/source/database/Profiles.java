package vn.dvc.adapter.source.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.JsltException;
import com.schibsted.spt.data.jslt.Parser;

import org.yaml.snakeyaml.Yaml;

import vn.dvc.adapter.system.ConfigurationError;

/**
 * Loads a source profile: a built-in one by name (packed from {@code config/sources/<name>/}) or
 * the folder of a province's own copy, which it adapts without a build. Every file problem names
 * the setting, the file and what is wrong; a mapping that does not compile names its line.
 */
public final class Profiles {

    /** The profiles that ship with the adapter. */
    public static final List<String> BUILT_IN = List.of("opencps", "dvcqg-view");
    /** Products a query may have its own text for: {@code changes.mysql.sql} beside {@code changes.sql}. */
    static final List<String> PRODUCTS = List.of("postgresql", "mysql", "mariadb", "sqlserver", "oracle", "h2");

    private static final String SETTING = "adapter.source.profile";

    private Profiles() {
    }

    /** The profile a setting names: a folder holding {@code profile.yaml}, else a built-in name. */
    public static Profile load(String nameOrFolder, ObjectMapper json) {
        if (nameOrFolder == null || nameOrFolder.isBlank()) {
            throw new ConfigurationError(SETTING + " chưa được đặt (có sẵn: " + String.join(", ", BUILT_IN) + "; hoặc một thư mục)"
                    + " / is not set (built-in: " + String.join(", ", BUILT_IN) + "; or a folder)");
        }
        Path folder = Path.of(nameOrFolder);
        Reading files;
        if (java.nio.file.Files.isRegularFile(folder.resolve("profile.yaml"))) {
            files = new Reading(nameOrFolder, name -> read(folder.resolve(name)));
        } else if (Profiles.class.getClassLoader().getResource("sources/" + nameOrFolder + "/profile.yaml") != null) {
            files = new Reading(nameOrFolder, name -> read("sources/" + nameOrFolder + "/" + name));
        } else {
            throw new ConfigurationError(SETTING + " '" + nameOrFolder + "' không phải bộ cấu hình nguồn có sẵn ("
                    + String.join(", ", BUILT_IN) + ") cũng không phải thư mục chứa profile.yaml / is neither a built-in profile ("
                    + String.join(", ", BUILT_IN) + ") nor a folder with a profile.yaml");
        }
        return files.profile(json);
    }

    /** Reads a profile's files, by name; null when a file is absent. */
    private record Reading(String name, Source source) {

        Profile profile(ObjectMapper json) {
            Map<String, Object> yaml = yaml("profile.yaml");
            ZoneId zone = zone(yaml.get("time-zone"));
            Duration overlap = duration(yaml.getOrDefault("overlap", "PT10M"));
            Object key = yaml.getOrDefault("key", "number");
            if (!"number".equals(key) && !"text".equals(key)) {
                throw problem("profile.yaml", "key must be number or text, is " + key);
            }
            List<String> children = names(yaml.get("children"));
            List<String> lookups = names(yaml.get("lookups"));
            Map<String, Profile.Sql> queries = new LinkedHashMap<>();
            List<String> all = new ArrayList<>(List.of(Profile.CHANGES, Profile.DOSSIERS, Profile.RECENT, Profile.PROCEDURES));
            all.addAll(children);
            all.addAll(lookups);
            for (String q : all) {
                queries.put(q, sql(q));
            }
            Map<String, Object> codes = source.text("codes.yaml") == null ? Map.of() : yaml("codes.yaml");
            return new Profile(name, zone, overlap, "text".equals(key), Map.copyOf(queries), children, lookups,
                    mapping("dossier.jslt"), mapping("procedure.jslt"), json.valueToTree(codes), requires(yaml.get("requires")),
                    column(yaml.get("code-column")), column(yaml.get("agency-column")));
        }

        private Profile.Sql sql(String query) {
            String text = required(query + ".sql");
            Map<String, String> byProduct = new LinkedHashMap<>();
            for (String product : PRODUCTS) {
                String own = source.text(query + "." + product + ".sql");
                if (own != null) {
                    byProduct.put(product, own);
                }
            }
            return new Profile.Sql(query, text, Map.copyOf(byProduct));
        }

        private Expression mapping(String file) {
            String text = required(file);
            try {
                return new Parser(new StringReader(text)).withSource(file).withFunctions(MappingFunctions.ALL)
                        .withObjectFilter(MappingFunctions.KEEP_ALL_BUT_NULL)
                        .withResourceResolver(module -> reader(required(module))).compile();
            } catch (JsltException e) {
                // the first line: a parse error goes on with every token JSLT would have taken
                throw problem(file, "line " + e.getLine() + ": " + e.getMessageWithoutLocation().lines().findFirst().orElse(""));
            }
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> yaml(String file) {
            Object parsed;
            try {
                parsed = new Yaml().load(required(file));
            } catch (RuntimeException e) {
                throw problem(file, "is not YAML: " + e.getMessage());
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw problem(file, "must be a YAML mapping");
            }
            return (Map<String, Object>) map;
        }

        private ZoneId zone(Object value) {
            try {
                return value == null ? ZoneId.of("UTC") : ZoneId.of(value.toString());
            } catch (RuntimeException e) {
                throw problem("profile.yaml", "time-zone is not a zone such as UTC or Asia/Ho_Chi_Minh: " + value);
            }
        }

        private Duration duration(Object value) {
            try {
                return Duration.parse(value.toString());
            } catch (RuntimeException e) {
                throw problem("profile.yaml", "overlap is not a duration such as PT10M: " + value);
            }
        }

        private List<String> names(Object value) {
            List<String> out = new ArrayList<>();
            if (value instanceof List<?> list) {
                for (Object o : list) {
                    String n = String.valueOf(o);
                    if (!n.matches("[a-z][a-z0-9_]*")) {
                        throw problem("profile.yaml", "a child or lookup name must be lower case letters, digits and _, is " + n);
                    }
                    out.add(n);
                }
            } else if (value != null) {
                throw problem("profile.yaml", "children and lookups are lists of names, is " + value);
            }
            return List.copyOf(out);
        }

        private String column(Object value) {
            return value == null ? null : value.toString().toLowerCase(java.util.Locale.ROOT);
        }

        private Map<String, List<String>> requires(Object value) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            if (value instanceof Map<?, ?> map) {
                map.forEach((table, columns) -> out.put(String.valueOf(table),
                        columns instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of()));
            }
            return java.util.Collections.unmodifiableMap(out);
        }

        private String required(String file) {
            String text = source.text(file);
            if (text == null) {
                throw problem(file, "is missing");
            }
            return text;
        }

        private ConfigurationError problem(String file, String what) {
            return new ConfigurationError(SETTING + " " + name + ": " + file + " " + what);
        }
    }

    @FunctionalInterface
    private interface Source {
        String text(String file);
    }

    private static Reader reader(String text) {
        return new StringReader(text);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? java.nio.file.Files.readString(file, StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new ConfigurationError(SETTING + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String read(String resource) {
        try (InputStream in = Profiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigurationError(SETTING + ": cannot read " + resource + ": " + e.getMessage());
        }
    }
}
