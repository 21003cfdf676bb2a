package vn.dvc.adapter.checks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a record's serialised form; field order is fixed by the mapper, so equal content hashes equal. */
final class Hasher {

    String hash(String serialised) {
        return hash(ByteBuffer.wrap(serialised.getBytes(StandardCharsets.UTF_8)));
    }

    /** Of the UTF-8 bytes themselves ({@code JsonText.bytes}): equal to {@link #hash(String)} of the text they encode. */
    String hash(ByteBuffer utf8) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(utf8);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash a dossier", e);
        }
    }
}
