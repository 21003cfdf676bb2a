package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.adapter.cli.Cli;

/** The command refuses bad options with exit 2 before it boots anything. */
class ComplianceCommandTest {

    private static int run(String... args) {
        return Cli.run(args);
    }

    @Test
    void aBadDateOrAReversedPeriodExitsTwo() {
        assertThat(run("compliance", "--from", "2025-02-30", "--to", "2025-03-31", "--format", "json")).isEqualTo(2);
        assertThat(run("compliance", "--from", "2025-01-01", "--to", "31/03/2025", "--format", "json")).isEqualTo(2);
        assertThat(run("compliance", "--from", "2025-04-01", "--to", "2025-03-31", "--format", "csv")).isEqualTo(2);
        assertThat(run("compliance", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "pdf")).isEqualTo(2);
        assertThat(run("compliance", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "html", "--lang", "fr"))
                .isEqualTo(2);
        assertThat(run("compliance", "--from", "2025-01-01", "--format", "html")).isEqualTo(2);  // --to missing
    }

    @Test
    void anOutThatIsASymbolicLinkIsRefusedWithExitTwoAndItsTargetKept(@TempDir Path dir) throws Exception {
        Path other = Files.writeString(dir.resolve("other.txt"), "someone else's file", StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link.html"), other);

        int exit = run("compliance", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "html", "--out", link.toString(),
                "--spring.datasource.url=jdbc:h2:mem:compliance-link;DB_CLOSE_DELAY=-1");

        assertThat(exit).isEqualTo(2);
        assertThat(Files.readString(other, StandardCharsets.UTF_8)).isEqualTo("someone else's file");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }
}
