package vn.dvc.adapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads every column of every ledger table straight from the database, as someone holding the file
 * or a dump would, and names each cell where a citizen's identity number, phone or e-mail of the
 * given source records stands in clear.
 */
public final class LedgerScan {

    /** Identity numbers (12 or 9 digits), phones, e-mails: digit runs of 9 and more, and e-mail shapes. */
    private static final Pattern CANDIDATE = Pattern.compile("\\d{9,}|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");

    private LedgerScan() {
    }

    /** The personal values of these source records worth looking for (those with the shape of one). */
    public static Set<String> personalValues(Collection<? extends JsonNode> dossiers) {
        Set<String> values = new HashSet<>();
        for (JsonNode d : dossiers) {
            add(values, d.path("SoGiayToChuHoSo").asText(""));
            add(values, d.path("Email").asText(""));
            add(values, d.path("SoDienThoai").asText("").replaceAll("[^0-9]", ""));
            for (JsonNode id : d.path("DinhDanhCHS")) {
                add(values, id.path("SoDinhDanh").asText(""));
            }
        }
        return values;
    }

    private static void add(Set<String> values, String v) {
        if (CANDIDATE.matcher(v).matches()) {
            values.add(v);
        }
    }

    /** "table.column: value" for every cell holding one of the values in clear. */
    public static List<String> inClear(JdbcTemplate jdbc, Set<String> personal) {
        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("select table_name, column_name from information_schema.columns"
                + " where lower(table_schema) = 'public' and lower(table_name) <> 'flyway_schema_history'");
        for (Map<String, Object> c : columns) {
            String table = String.valueOf(c.get("table_name"));
            String column = String.valueOf(c.get("column_name"));
            jdbc.query("select cast(" + quote(column) + " as varchar) from " + quote(table) + " where " + quote(column) + " is not null",
                    rs -> {
                        String cell = rs.getString(1);
                        String digits = cell.replaceAll("[ .+-]", "");   // phones written 0912 345 678 or +84 ...
                        for (String text : List.of(cell, digits)) {
                            Matcher m = CANDIDATE.matcher(text);
                            while (m.find()) {
                                if (personal.contains(m.group())) {
                                    found.add(table + "." + column + ": " + m.group());
                                }
                            }
                        }
                    });
        }
        return found;
    }

    private static String quote(String name) {
        return "\"" + name + "\"";
    }
}
