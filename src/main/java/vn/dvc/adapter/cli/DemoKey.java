package vn.dvc.adapter.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

import vn.dvc.adapter.system.OwnerOnly;

/**
 * The demo ledger's own key: generated with the ledger, kept beside it as {@code ledger.key} (0600 in
 * the 0700 folder), so a demo needs no setting and every command run with {@code --demo} reads the same
 * ledger afterwards ({@link DemoSettings}). Deleted with the demo ledger; never a key for real data.
 */
final class DemoKey {

    static final String KEY_ID = "demo";

    private DemoKey() {
    }

    /** The key in the folder, made there when it has none yet. */
    static String ensure(Path folder) {
        Path file = folder.resolve("ledger.key");
        try {
            if (Files.isRegularFile(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            String text = Base64.getEncoder().encodeToString(key);
            OwnerOnly.directory(folder);
            OwnerOnly.write(file, (text + "\n").getBytes(StandardCharsets.US_ASCII));
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the demo ledger's key " + file.toAbsolutePath(), e);
        }
    }
}
