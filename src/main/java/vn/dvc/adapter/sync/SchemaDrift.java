package vn.dvc.adapter.sync;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Source fields outside the contract (domain.md §4), as a run reports them: "Field=count, …",
 * the form kept with the run in the ledger and shown by the console.
 */
public final class SchemaDrift {

    private static final int MAX = 2000;

    private SchemaDrift() {
    }

    /** Null for no drift. */
    public static String text(Map<String, Integer> drift) {
        if (drift.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        drift.forEach((field, n) -> out.append(out.isEmpty() ? "" : ", ").append(field).append('=').append(n));
        return out.length() <= MAX ? out.toString() : out.substring(0, MAX - 1) + "…";
    }

    /** The text form read back; unknown pieces are skipped. */
    public static Map<String, Integer> parse(String text) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split(", ")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0 && part.substring(eq + 1).matches("\\d{1,9}")) {
                out.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
            }
        }
        return out;
    }
}
