package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

/**
 * A new demo deletes the demo's ledger and its portal's copy: it refuses while a {@code serve --demo} has the ledger open
 * or a {@code simulate --demo} still answers (the operator's walk-through: a second demo under a running serve split
 * the ledger in two, and the simulator's copy written on its stop made the next reconcile find every dossier drifted).
 */
class DemoInUseTest {

    @Test
    void aLedgerOpenElsewhereOrASimulatorThatAnswersHoldsTheDemo() throws Exception {
        Path folder = vn.dvc.adapter.Scratch.folder("demo-in-use");
        assertThat(DemoSettings.inUse(folder)).as("nothing there yet").isNull();

        try (Connection open = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("adapter").toAbsolutePath(), "sa", "")) {
            open.createStatement().execute("create table t (x int)");
            assertThat(DemoSettings.inUse(folder)).contains("serve --demo").contains("adapter.mv.db");
        }
        assertThat(DemoSettings.inUse(folder)).as("the ledger closed").isNull();

        try (ServerSocket portal = new ServerSocket(0)) {
            Files.writeString(folder.resolve("simulators.properties"), "adapter.portal.url=http://127.0.0.1:" + portal.getLocalPort()
                    + "\n", StandardCharsets.UTF_8);
            assertThat(DemoSettings.inUse(folder)).contains("`simulate --demo` đang chạy").contains("is running");
        }
        assertThat(DemoSettings.inUse(folder)).as("a file a killed simulator left: nothing answers").isNull();
    }
}
