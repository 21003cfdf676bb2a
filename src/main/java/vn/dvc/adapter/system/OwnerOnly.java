package vn.dvc.adapter.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders and files the adapter creates — the H2 ledger's folder, reports, drift lists, backups, the
 * demo's key — readable by the owner only (0700 / 0600) where the file system is POSIX. They hold
 * citizens' data or figures about them; the process's umask (often 022) would leave them world-readable.
 */
public final class OwnerOnly {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnly() {
    }

    /** Creates the folder (and its missing parents) as 0700, or makes an existing one 0700; returns it. */
    public static Path directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
            }
            if (POSIX) {
                Files.setPosixFilePermissions(dir, DIR);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make folder " + dir.toAbsolutePath() + " owner-only", e);
        }
    }

    /**
     * Writes the file as 0600: into a new file beside it, made 0600 before a byte is written, then renamed
     * over it, so a reader never sees half a file and nothing is written through a link. A symbolic link
     * at the path is refused (it would have overwritten the file it points at, and made that one 0600).
     * Folders missing on the way are created 0700; an existing one is left as it is (the operator's own
     * {@code --out /tmp/x.csv}).
     *
     * @throws IllegalArgumentException when the path is a symbolic link
     */
    public static Path write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath();
        if (Files.isSymbolicLink(target)) {
            throw new IllegalArgumentException(target + " là liên kết tượng trưng, không ghi qua nó; chọn một tệp thường"
                    + " / is a symbolic link and is not written through; name a regular file");
        }
        Path missing = target.getParent();
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        Path temporary = null;
        try {
            if (!Files.exists(missing)) {
                Files.createDirectories(target.getParent());
                for (Path d = target.getParent(); d != null && d.startsWith(missing); d = d.getParent()) {
                    directory(d);
                }
            }
            temporary = POSIX ? Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp",
                    PosixFilePermissions.asFileAttribute(FILE)) : Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            Files.write(temporary, bytes);
            move(temporary, target);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // a leftover hidden .tmp beside the file: owner-only, and harmless
            }
        }
    }

    /** Makes an existing file 0600. */
    public static void file(Path file) {
        if (POSIX && Files.isRegularFile(file)) {
            try {
                Files.setPosixFilePermissions(file, FILE);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make " + file.toAbsolutePath() + " owner-only", e);
            }
        }
    }

    /** Makes every file directly in the folder 0600 (files another program created there, such as H2's). */
    public static void filesIn(Path dir) {
        if (!POSIX || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.filter(Files::isRegularFile).forEach(OwnerOnly::file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir.toAbsolutePath(), e);
        }
    }
}
