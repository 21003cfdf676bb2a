package vn.dvc.adapter.ledger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.OwnerOnly;

/**
 * A consistent copy of an H2 ledger, written by the process that has it open: H2's {@code BACKUP TO}
 * copies the database file as of one moment while runs go on writing (its MVStore keeps that
 * version for the copy). Only the process holding the file can do it — H2 locks the file for one
 * process — so a running {@code serve} writes it when asked ({@code POST /api/backup}, ADMIN) and the
 * {@code backup} command when no serve runs. The copy is a zip of {@code adapter.mv.db}; restoring
 * is unzipping it into an empty ledger folder (README). Sealed columns stay sealed in it: the key is
 * not in the ledger and must be kept apart. PostgreSQL has pg_dump for this.
 */
@Component
public class Backup {

    /** A written copy. */
    public record Written(Path file, long bytes) {}

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final JdbcTemplate jdbc;
    private final Maintenance maintenance;

    public Backup(JdbcTemplate jdbc, Maintenance maintenance) {
        this.jdbc = jdbc;
        this.maintenance = maintenance;
    }

    /**
     * A name of its own for this copy, {@code adapter-<UTC time>.zip}, or {@code -2}, {@code -3}… when copies
     * are written in the same second: the empty file is created at once (a creation fails when the name is
     * taken, even by another process), so two copies never share a name and the audit names each one.
     */
    private static Path reserve(Path dir, String stamp) {
        for (int n = 1; ; n++) {
            Path file = dir.resolve("adapter-" + stamp + (n == 1 ? "" : "-" + n) + ".zip");
            try {
                Files.createFile(file);
                OwnerOnly.file(file);
                return file;
            } catch (java.nio.file.FileAlreadyExistsException taken) {
                // the next number
            } catch (IOException e) {
                throw new UncheckedIOException("backup: cannot create " + file, e);
            }
        }
    }

    /** Writes {@code adapter-<UTC time>.zip} into the folder (made owner-only, the copy 0600). */
    public Written write(Path dir, String actor) {
        String url = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getURL());
        String lower = String.valueOf(url).toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("backup: the ledger is not H2 (" + url.replaceAll("//[^/]*@", "//")
                    + "); back PostgreSQL up with pg_dump (README, \"Backup and restore\")");
        }
        if (lower.startsWith("jdbc:h2:mem:")) {
            throw new IllegalStateException("backup: an in-memory ledger (" + url + ") has no file to copy");
        }
        OwnerOnly.directory(dir);
        Path file = reserve(dir.toAbsolutePath(), Transfers.now().withOffsetSameInstant(ZoneOffset.UTC).format(STAMP));
        jdbc.execute("backup to '" + file.toString().replace("'", "''") + "'");
        OwnerOnly.file(file);
        try {
            long bytes = Files.size(file);
            maintenance.audit(AdminAudits.BACKUP, actor, "SUCCEEDED", "file=" + file.getFileName() + " bytes=" + bytes);
            return new Written(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("backup: " + file + " was not written", e);
        }
    }
}
