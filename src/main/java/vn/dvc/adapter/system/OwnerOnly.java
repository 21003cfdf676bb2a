package vn.dvc.adapter.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * Writes the file as 0600 (made so before a byte of it is written); folders missing on the way are
     * created 0700, an existing one is left as it is (the operator's own {@code --out /tmp/x.csv}).
     */
    public static Path write(Path file, byte[] bytes) {
        Path missing = file.toAbsolutePath().getParent();
        while (missing.getParent() != null && !Files.exists(missing.getParent())) {
            missing = missing.getParent();
        }
        try {
            if (!Files.exists(missing)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                for (Path d = file.toAbsolutePath().getParent(); d != null && d.startsWith(missing); d = d.getParent()) {
                    directory(d);
                }
            }
            if (!Files.exists(file)) {
                Files.createFile(file);
            }
            file(file);
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
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
