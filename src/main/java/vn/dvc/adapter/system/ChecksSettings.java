package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.require;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.checks.*}: what the checks do with a finding: {@code send} (the default) sends the dossier
 * and reports the finding; {@code hold} keeps it HELD until the finding is resolved.
 */
public record ChecksSettings(@DefaultValue("send") String eauthFailure, Map<String, String> overLimit) {

    /** Label fields of progress entries that are shortened to the portal's limit; {@code NguoiXuLy} unless configured. */
    private static final Map<String, String> DEFAULT_OVER_LIMIT = Map.of("NguoiXuLy", "shorten");

    public ChecksSettings {
        overLimit = overLimit == null || overLimit.isEmpty() ? DEFAULT_OVER_LIMIT : Map.copyOf(overLimit);
    }

    public boolean holdOnEauthFailure() {
        return "hold".equalsIgnoreCase(eauthFailure);
    }

    /**
     * What a progress entry whose text is over the portal's limit becomes, per field
     * ({@code adapter.checks.over-limit.<field>}): {@code shorten} cuts that label to the limit and
     * keeps the original in the ledger; {@code hold} (any field not listed) holds the entry back.
     * Field names in lower case.
     */
    public Set<String> shortenedFields() {
        Set<String> fields = new HashSet<>();
        overLimit.forEach((field, action) -> {
            if ("shorten".equalsIgnoreCase(action)) {
                fields.add(field.toLowerCase(Locale.ROOT));   // relaxed binding may change a key's case
            }
        });
        return Set.copyOf(fields);
    }

    public void problems(List<String> out) {
        require(out, eauthFailure != null && eauthFailure.matches("(?i)send|hold"), "adapter.checks.eauth-failure",
                "must be send or hold, is " + eauthFailure);
        overLimit.forEach((field, action) -> require(out, action != null && action.matches("(?i)shorten|hold"),
                "adapter.checks.over-limit." + field, "must be shorten or hold, is " + action));
    }
}
