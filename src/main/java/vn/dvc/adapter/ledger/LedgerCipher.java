package vn.dvc.adapter.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ConfigurationError;
import vn.dvc.adapter.system.LedgerSettings;

/**
 * The one place the ledger's citizens' data is sealed and opened: payloads, quarantined raw records,
 * progress issues (with the original text of a shortened label) and error messages (a refused value
 * is quoted in them). AES-256-GCM, a random 12-byte IV per value, a 128-bit tag.
 *
 * <p>A sealed value is a versioned envelope in the same text column, {@code v1:<keyId>:<base64(iv‖ciphertext‖tag)>},
 * rather than a key-id column beside each sealed column: six columns in two tables would need six more,
 * and every reader and writer of them would have to pass both; the envelope keeps the key id with the
 * value it belongs to. Text without the prefix is a row written before encryption and is returned as it
 * is, so an upgraded ledger still reads; {@code keys rotate} seals it.
 */
@Component
public class LedgerCipher {

    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    /**
     * One AES-GCM cipher per thread, initialised again for every value: {@code Cipher.getInstance}
     * looks the provider up each time, and the push threads seal at once. A GCM cipher is not
     * thread-safe, and a fresh random IV for each value keeps a key and IV from ever being reused.
     */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    });

    private final String keyId;
    private final SecretKey key;
    private final Map<String, SecretKey> keys = new HashMap<>();

    public LedgerCipher(AdapterProperties properties) {
        LedgerSettings.Encryption e = properties.ledger().encryption();
        this.keyId = e.keyId();
        this.key = aes(e.key());
        if (key != null) {
            keys.put(keyId, key);
        }
        e.previousKeys().forEach((id, k) -> {
            SecretKey previous = aes(k);
            if (previous != null) {
                keys.putIfAbsent(id, previous);
            }
        });
    }

    /** The ids of the keys configured here: the current one (when its key is set) and the previous ones. */
    public java.util.Set<String> keyIds() {
        return java.util.Collections.unmodifiableSet(keys.keySet());
    }

    /** The id of the key new values are sealed with. */
    public String keyId() {
        return keyId;
    }

    /** Sealed under the current key; null stays null. */
    public String seal(String clear) {
        if (clear == null) {
            return null;
        }
        if (key == null) {
            throw new ConfigurationError("adapter.ledger.encryption.key chưa được đặt (dùng ADAPTER_LEDGER_ENCRYPTION_KEY):"
                    + " sổ cái không lưu dữ liệu của công dân ở dạng rõ / is not set (use ADAPTER_LEDGER_ENCRYPTION_KEY):"
                    + " the ledger does not store citizens' data in clear");
        }
        try {
            byte[] text = clear.getBytes(StandardCharsets.UTF_8);
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher c = CIPHER.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            // iv‖ciphertext‖tag in one array: the cipher writes straight after the IV, no second copy
            byte[] out = new byte[IV_BYTES + c.getOutputSize(text.length)];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            int n = IV_BYTES + c.doFinal(text, 0, text.length, out, IV_BYTES);
            return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(n == out.length ? out : java.util.Arrays.copyOf(out, n));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /**
     * The clear text of a value as stored: opened with the key its envelope names, or as it is when it
     * was written before encryption. Throws, naming the setting, when that key is not configured or the
     * value does not open with it (another key under the same id, or a changed value).
     */
    public String open(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = colon < 0 ? "" : stored.substring(PREFIX.length(), colon);
        SecretKey k = keys.get(id);
        if (k == null && id.equals(keyId)) {
            throw new ConfigurationError("adapter.ledger.encryption.key chưa được đặt (dùng ADAPTER_LEDGER_ENCRYPTION_KEY):"
                    + " cần khóa này để đọc các giá trị của sổ cái đã mã hóa với mã khóa '" + id + "' / is not set (use"
                    + " ADAPTER_LEDGER_ENCRYPTION_KEY): it is needed to read the ledger's values sealed under key id '" + id + "'");
        }
        if (k == null) {
            throw new ConfigurationError("adapter.ledger.encryption.key: một giá trị của sổ cái được mã hóa với khóa '" + id
                    + "', không phải adapter.ledger.encryption.key-id (" + keyId + ") và không có trong"
                    + " adapter.ledger.encryption.previous-keys / a ledger value is sealed with key '" + id
                    + "', which is neither adapter.ledger.encryption.key-id (" + keyId
                    + ") nor in adapter.ledger.encryption.previous-keys");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher c = CIPHER.get();
            c.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new ConfigurationError("adapter.ledger.encryption: một giá trị mã hóa với khóa '" + id + "' không mở được"
                    + " bằng khóa đặt cho mã đó / a ledger value sealed with key '" + id
                    + "' does not open with the key configured under that id (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** For pages and reports: the clear text, or a note naming the setting when it cannot be opened here. */
    public String readable(String stored) {
        try {
            return open(stored);
        } catch (ConfigurationError e) {
            return "[mã hoá; cần adapter.ledger.encryption.key / encrypted; needs adapter.ledger.encryption.key]";
        }
    }

    /** Whether this stored value is sealed under the current key (what {@code keys rotate} leaves every value as). */
    public boolean current(String stored) {
        return stored == null || stored.startsWith(PREFIX + keyId + ":");
    }

    private static SecretKey aes(String base64) {
        if (base64 == null || base64.isBlank() || LedgerSettings.keyProblem(base64) != null) {
            return null;   // AdapterProperties names the setting; a read-only command may run without one
        }
        return new SecretKeySpec(Base64.getDecoder().decode(base64.strip()), "AES");
    }
}
