package vn.dvc.adapter.system;

import static vn.dvc.adapter.system.SettingProblems.has;
import static vn.dvc.adapter.system.SettingProblems.require;

import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code adapter.ledger.*}: whether accepted dossiers keep their payload, the key its citizens' data is
 * sealed with, and where {@code backup} and {@code POST /api/backup} write an H2 ledger's copies.
 */
public record LedgerSettings(@DefaultValue("false") boolean keepSentPayload, @DefaultValue Encryption encryption,
                             @DefaultValue("backups") Path backupDir) {

    /** Key ids: written into every sealed value as {@code v1:<id>:...}, so no colon. */
    public static final String KEY_ID = "[A-Za-z0-9._-]{1,32}";

    public LedgerSettings {
        encryption = encryption != null ? encryption : Settings.defaults(Encryption.class);
    }

    /**
     * {@code adapter.ledger.encryption.*}: AES-256-GCM key of the ledger's payloads and messages
     * ({@code ledger/LedgerCipher}): {@code key} is base64 of 32 bytes, from the environment
     * ({@code ADAPTER_LEDGER_ENCRYPTION_KEY}); {@code keyId} is written with every sealed value, so
     * {@code previousKeys} (id → key) still open what older keys sealed until {@code keys rotate} has
     * sealed it again under the current one.
     */
    public record Encryption(String key, @DefaultValue("k1") String keyId, Map<String, String> previousKeys) {

        public Encryption {
            previousKeys = previousKeys == null ? Map.of() : Map.copyOf(previousKeys);
        }
    }

    /** Why this text is not an AES-256 key in base64, or null when it is one. */
    public static String keyProblem(String base64) {
        if (base64 == null) {
            return "is not set";
        }
        try {
            int bytes = Base64.getDecoder().decode(base64.strip()).length;
            return bytes == 32 ? null : "must be base64 of 32 bytes, is " + bytes + " bytes";
        } catch (IllegalArgumentException notBase64) {
            return "is not base64 (" + notBase64.getMessage() + ")";
        }
    }

    public void problems(List<String> out) {
        Encryption e = encryption;
        require(out, has(e.key()), "adapter.ledger.encryption.key",
                "is not set (use ADAPTER_LEDGER_ENCRYPTION_KEY: base64 of 32 random bytes, e.g. `openssl rand -base64 32`)");
        require(out, !has(e.key()) || keyProblem(e.key()) == null, "adapter.ledger.encryption.key", String.valueOf(keyProblem(e.key())));
        require(out, e.keyId() != null && e.keyId().matches(KEY_ID), "adapter.ledger.encryption.key-id",
                "must be 1..32 of A-Z a-z 0-9 . _ -, is '" + e.keyId() + "'");
        e.previousKeys().forEach((id, key) -> {
            String problem = keyProblem(key);
            require(out, problem == null, "adapter.ledger.encryption.previous-keys." + id, String.valueOf(problem));
            require(out, id.matches(KEY_ID) && !id.equals(e.keyId()), "adapter.ledger.encryption.previous-keys." + id,
                    "must be a key id of 1..32 of A-Z a-z 0-9 . _ - other than the current key-id");
        });
        require(out, backupDir != null, "adapter.ledger.backup-dir", "is not set");
    }
}
