package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the adapter writes: owner-only, through a new file and a rename, never through a symbolic link. */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aSymbolicLinkIsRefusedAndTheFileItPointsAtIsLeftAsItWas() throws IOException {
        Path other = Files.writeString(dir.resolve("other.txt"), "someone else's file", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(other, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), other);

        assertThatThrownBy(() -> OwnerOnly.write(link, "report".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link");

        assertThat(Files.readString(other, StandardCharsets.UTF_8)).isEqualTo("someone else's file");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(other))).isEqualTo("rw-r--r--");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.toFile().list()).containsExactlyInAnyOrder("other.txt", "link.html");
    }

    @Test
    void aFileIsWrittenOwnerOnlyThroughATemporaryFileAndReplacesAnOldOneWhole() throws IOException {
        Path report = Files.writeString(dir.resolve("report.csv"), "old, longer than the new one", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-rw-rw-"));
        Path hardLink = Files.createLink(dir.resolve("hard-link.csv"), report);

        OwnerOnly.write(report, "new".getBytes(StandardCharsets.UTF_8));
        OwnerOnly.write(dir.resolve("a/b/fresh.json"), "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("rw-------");
        assertThat(Files.readString(hardLink, StandardCharsets.UTF_8)).as("not written through another name")
                .isEqualTo("old, longer than the new one");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/b")))).isEqualTo("rwx------");
        assertThat(dir.toFile().list()).as("no temporary file left").containsExactlyInAnyOrder("report.csv", "hard-link.csv", "a");
    }
}
