package vn.dvc.adapter.admin;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.dvc.adapter.system.ConfigurationError;

/**
 * What a user may do; each role includes the ones before it. A user is granted the authority of
 * every role it includes, so a check is a plain {@code hasRole}.
 */
public enum Role {
    /** Runs, transfers, reports; citizens' identity numbers, phones and e-mails masked. */
    VIEWER,
    /** Also replays transfers and starts a sync; sees identities unmasked. */
    OPERATOR,
    /** Also refreshes the catalogue and reads the audit log. */
    ADMIN;

    public List<GrantedAuthority> authorities() {
        return Arrays.stream(values()).filter(r -> r.ordinal() <= ordinal())
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    public static Role parse(String value, String key) {
        try {
            return valueOf(value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationError(key + " must be VIEWER, OPERATOR or ADMIN, is " + value);
        }
    }

    /** True when the caller holds this role (or a higher one). */
    public boolean heldBy(Authentication auth) {
        return auth != null && auth.isAuthenticated() && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + name()));
    }

    /** The highest role the caller holds, or null. */
    public static Role of(Authentication auth) {
        Role best = null;
        for (Role r : values()) {
            if (r.heldBy(auth)) {
                best = r;
            }
        }
        return best;
    }

    /** Citizens' identity numbers, phones and e-mails are shown only to operators and administrators. */
    public static boolean seesIdentities(Authentication auth) {
        return OPERATOR.heldBy(auth);
    }
}
