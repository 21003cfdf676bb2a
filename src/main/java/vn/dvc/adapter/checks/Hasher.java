package vn.dvc.adapter.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a record's serialised form; field order is fixed by the mapper, so equal content hashes equal. */
final class Hasher {

    String hash(String serialised) {
        return hash(serialised.getBytes(StandardCharsets.UTF_8));
    }

    /** Of the UTF-8 bytes themselves: equal to {@link #hash(String)} of the text they encode. */
    String hash(byte[] utf8) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a dossier", e);
        }
    }
}
