package vn.dvc.adapter.admin;

import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import vn.dvc.adapter.system.ConfigurationError;

/**
 * Who may use the console and the JSON API, under {@code adapter.admin}. Secrets come from the
 * environment in production, e.g. {@code ADAPTER_ADMIN_USERS_0_USERNAME},
 * {@code ADAPTER_ADMIN_USERS_0_PASSWORD={bcrypt}$2a$10$...}, {@code ADAPTER_ADMIN_USERS_0_ROLE=ADMIN},
 * {@code ADAPTER_ADMIN_TOKENS_0_NAME}, {@code ADAPTER_ADMIN_TOKENS_0_TOKEN_HASH} (SHA-256, hex).
 */
@ConfigurationProperties("adapter.admin")
public record AdminProperties(@DefaultValue List<User> users, @DefaultValue List<Token> tokens,
                              @DefaultValue Health health, @DefaultValue Login login) {

    private static final Pattern HASHED = Pattern.compile("\\{(bcrypt|argon2@SpringSecurity_v5_8|argon2|pbkdf2@SpringSecurity_v5_8|pbkdf2|scrypt@SpringSecurity_v5_8|scrypt)}.+");
    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-fA-F]{64}");

    /** A person; {@code password} is a hash with its encoder id, e.g. {@code {bcrypt}$2a$10$...}. */
    public record User(String username, String password, String role) {}

    /**
     * A machine's bearer token, stored as the SHA-256 (hex) of the token: tokens are long random
     * strings, so a fast hash is enough and every API call stays cheap.
     */
    public record Token(String name, String tokenHash, String role) {}

    /** The health checks of the source and the portal: per-call timeout, how long an answer is reused. */
    public record Health(@DefaultValue("PT2S") Duration timeout, @DefaultValue("PT30S") Duration cacheFor,
                         Duration maxSinceSuccess) {}

    /**
     * Brute-force limits of the console's login and the API's Basic and bearer authentication
     * (README, "Hardening"): after {@code maxFailures} failed logins in a row a user name is locked
     * for {@code lockFor}, doubled at each further lock up to {@code maxLockFor}; a client address
     * after {@code maxFailuresPerAddress} (higher: an office shares one address). A streak is
     * forgotten {@code forgetAfter} after its last failure, or at a successful login.
     */
    public record Login(@DefaultValue("5") int maxFailures, @DefaultValue("20") int maxFailuresPerAddress,
                        @DefaultValue("PT1M") Duration lockFor, @DefaultValue("PT15M") Duration maxLockFor,
                        @DefaultValue("PT15M") Duration forgetAfter) {}

    /** Throws a {@link ConfigurationError} naming the first wrong entry; an empty list is fine here. */
    public void validateEntries() {
        for (int i = 0; i < users.size(); i++) {
            User u = users.get(i);
            String key = "adapter.admin.users[" + i + "].";
            String env = "ADAPTER_ADMIN_USERS_" + i + "_";
            require(u.username() != null && !u.username().isBlank(), key + "username is not set (use " + env + "USERNAME)");
            require(u.password() != null && !u.password().isBlank(), key + "password is not set (use " + env + "PASSWORD)");
            require(HASHED.matcher(u.password()).matches(), key + "password of " + u.username()
                    + " must be a password hash with its encoder, e.g. {bcrypt}$2a$10$... (use " + env + "PASSWORD)");
            Role.parse(u.role(), key + "role");
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String key = "adapter.admin.tokens[" + i + "].";
            require(t.name() != null && !t.name().isBlank(), key + "name is not set");
            require(t.tokenHash() != null && SHA256_HEX.matcher(t.tokenHash()).matches(), key
                    + "token-hash must be the SHA-256 of the token in hex, 64 characters (use ADAPTER_ADMIN_TOKENS_" + i
                    + "_TOKEN_HASH)");
            Role.parse(t.role(), key + "role");
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new ConfigurationError(message);
        }
    }
}
