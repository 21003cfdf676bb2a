package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

/**
 * A ledger file another process holds (as a running {@code serve} does): the file is locked here
 * the way H2 locks it, and the command says so in one line and exits 2.
 */
class LedgerInUseTest {

    @Test
    void aLockedLedgerIsReportedInOneLineWithWhatToDoAndExits2() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "ledger-in-use-");
        String url = "jdbc:h2:file:" + dir.resolve("adapter");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (x int)");
        }
        try (FileChannel file = FileChannel.open(dir.resolve("adapter.mv.db"), StandardOpenOption.WRITE);
             FileLock held = file.lock()) {
            Throwable refused = catchThrowable(() -> DriverManager.getConnection(url, "sa", "").close());
            assertThat(LedgerInUse.isCause(new IllegalStateException("context failed", refused))).as(String.valueOf(refused))
                    .isTrue();

            assertThat(Cli.run(new String[] {"status", "--spring.datasource.url=" + url})).isEqualTo(2);
            assertThat(LedgerInUse.message()).contains("serve").contains("PostgreSQL").contains("/api/").doesNotContain("\n");
        }
        assertThat(LedgerInUse.isCause(new IllegalStateException("adapter.source.url is not set"))).isFalse();
    }

    @Test
    void anH2LedgerMadeWithTheOldEmptyPasswordIsNamedInOneLineWhenANewOneIsSet() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "ledger-password-");
        String url = "jdbc:h2:file:" + dir.resolve("adapter");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("create table t (x int)");
        }
        Throwable refused = catchThrowable(() -> DriverManager.getConnection(url, "sa", "new-secret").close());

        assertThat(LedgerInUse.wrongPassword(new IllegalStateException("context failed", refused))).as(String.valueOf(refused)).isTrue();
        assertThat(Cli.run(new String[] {"status", "--spring.datasource.url=" + url, "--spring.datasource.password=new-secret"}))
                .isEqualTo(2);
        assertThat(LedgerInUse.wrongPasswordMessage()).contains("SPRING_DATASOURCE_PASSWORD").doesNotContain("\n");
        assertThat(LedgerInUse.wrongPassword(new IllegalStateException("adapter.source.url is not set"))).isFalse();
    }
}
