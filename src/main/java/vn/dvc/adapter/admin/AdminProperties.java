package vn.dvc.adapter.admin;

import static vn.dvc.adapter.system.SettingProblems.atLeast;
import static vn.dvc.adapter.system.SettingProblems.has;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.dvc.adapter.system.ConfigurationError;
import vn.dvc.adapter.system.Settings;

/**
 * Who may use the console and the JSON API, under {@code adapter.admin}. Secrets come from the
 * environment in production, e.g. {@code ADAPTER_ADMIN_USERS_0_USERNAME},
 * {@code ADAPTER_ADMIN_USERS_0_PASSWORD={bcrypt}$2a$10$...}, {@code ADAPTER_ADMIN_USERS_0_ROLE=ADMIN},
 * {@code ADAPTER_ADMIN_TOKENS_0_NAME}, {@code ADAPTER_ADMIN_TOKENS_0_TOKEN_HASH} (SHA-256, hex).
 */
@ConfigurationProperties("adapter.admin")
public record AdminProperties(@DefaultValue List<User> users, @DefaultValue List<Token> tokens,
                              @DefaultValue Health health, @DefaultValue Login login) {

    /** A bcrypt hash as Spring Security's encoder reads it: nothing else can ever match a password. */
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
    private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2|pbkdf2@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt)}.+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** No list: none; a group left null (built by hand): its defaults. */
    public AdminProperties {
        users = users == null ? List.of() : users;
        tokens = tokens == null ? List.of() : tokens;
        health = health != null ? health : Settings.defaults(Health.class);
        login = login != null ? login : Settings.defaults(Login.class);
    }

    /** A person; {@code password} is a hash with its encoder id, e.g. {@code {bcrypt}$2a$10$...}. */
    public record User(String username, String password, String role) {}

    /**
     * A machine's bearer token, stored as the SHA-256 (hex) of the token: tokens are long random
     * strings, so a fast hash is enough and every API call stays cheap.
     */
    public record Token(String name, String tokenHash, String role) {}

    /** The health checks of the source and the portal (per-call timeout, how long an answer is reused) and of the ledger's database (the timeout). */
    public record Health(@DefaultValue("PT2S") Duration timeout, @DefaultValue("PT30S") Duration cacheFor,
                         Duration maxSinceSuccess) {

        void problems(List<String> out) {
            atLeast(out, timeout, Duration.ofMillis(1), "adapter.admin.health.timeout");
            atLeast(out, cacheFor, Duration.ZERO, "adapter.admin.health.cache-for");
            require(out, maxSinceSuccess == null || !maxSinceSuccess.isNegative() && !maxSinceSuccess.isZero(), "adapter.admin.health.max-since-success",
                    "must be more than zero or unset, is " + maxSinceSuccess);
        }
    }

    /**
     * Brute-force limits of the console's login and the API's Basic and bearer authentication
     * (README, "Hardening"): after {@code maxFailures} failed logins in a row a user name is locked
     * for {@code lockFor}, doubled at each further lock up to {@code maxLockFor}; a client address
     * after {@code maxFailuresPerAddress} (higher: an office shares one address). A streak is
     * forgotten {@code forgetAfter} after its last failure, or at a successful login.
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
                        @DefaultValue("PT1M") Duration lockFor, @DefaultValue("PT15M") Duration maxLockFor,
                        @DefaultValue("PT15M") Duration forgetAfter) {

        void problems(List<String> out) {
            require(out, maxFailures >= 1, "adapter.admin.login.max-failures", "must be at least 1, is " + maxFailures);
            require(out, maxFailuresPerAddress >= 1, "adapter.admin.login.max-failures-per-address",
                    "must be at least 1, is " + maxFailuresPerAddress);
            atLeast(out, lockFor, Duration.ofSeconds(1), "adapter.admin.login.lock-for");
            atLeast(out, maxLockFor, lockFor == null ? Duration.ofSeconds(1) : lockFor, "adapter.admin.login.max-lock-for");
            atLeast(out, forgetAfter, Duration.ofSeconds(1), "adapter.admin.login.forget-after");
        }
    }

    /** Throws a {@link ConfigurationError} naming every wrong entry and setting at once; no user at all is fine here. */
    public void validateEntries() {
        List<String> problems = new ArrayList<>();
        problems(problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationError(problems);
        }
    }

    /** Every wrong entry or setting under {@code adapter.admin}, one "key problem" each. */
    public void problems(List<String> out) {
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            String key = "adapter.admin.users[" + i + "].";
            String env = "ADAPTER_ADMIN_USERS_" + i + "_";
            require(out, has(u.username()), key + "username", "is not set (use " + env + "USERNAME)");
            require(out, has(u.password()), key + "password", "is not set (use " + env + "PASSWORD)");
            require(out, !has(u.password()) || HASHED.matcher(u.password()).matches(), key + "password", "of " + u.username()
                    + " must be a password hash with its encoder, e.g. {bcrypt}$2a$10$... (use " + env + "PASSWORD)");
            require(out, !has(u.password()) || !u.password().startsWith("{bcrypt}") || BCRYPT.matcher(u.password()).matches(), key + "password", "of " + u.username() + " is not a bcrypt"
                    + " hash ($2a$, $2b$ or $2y$, the cost, 53 characters; the example's placeholder is none): make one with"
                    + " htpasswd -nbBC 10 '' 'password' (use " + env + "PASSWORD)");
            role(out, u.role(), key + "role");
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String key = "adapter.admin.tokens[" + i + "].";
            require(out, has(t.name()), key + "name", "is not set");
            require(out, t.tokenHash() != null && SHA256_HEX.matcher(t.tokenHash()).matches(), key + "token-hash",
                    "must be the SHA-256 of the token in hex, 64 characters (use ADAPTER_ADMIN_TOKENS_" + i + "_TOKEN_HASH)");
            role(out, t.role(), key + "role");
        }
        health.problems(out);
        login.problems(out);
    }

    private static void role(List<String> out, String role, String key) {
        try {
            Role.parse(role, key);
        } catch (ConfigurationError wrong) {
            out.addAll(wrong.problems());
        }
    }
}
