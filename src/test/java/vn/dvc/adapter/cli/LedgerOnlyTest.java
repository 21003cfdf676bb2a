package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.camel.CamelContext;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayService;
import vn.dvc.adapter.system.ConfigurationError;

/**
 * The commands that only read the ledger get a context without Camel, the web layer or the
 * systems' settings, and still find every bean they use; the others are refused with every
 * missing setting named before anything starts.
 */
class LedgerOnlyTest {

    private static List<String> ledger(String name) {
        return List.of("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "--logging.level.root=OFF");
    }

    @Test
    void theLedgerOnlyContextReadsTheLedgerWithoutCamel() {
        try (ConfigurableApplicationContext ctx = Boot.context(ledger("ledger-only"), WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(CamelContext.class)).isEmpty();
            assertThat(ctx.getBeanNamesForType(io.micrometer.core.instrument.MeterRegistry.class)).isEmpty();

            assertThat(ctx.getBean(TransferReads.class).countByState()).containsEntry(State.SENT, 0L);
            assertThat(ctx.getBean(ComplianceService.class).report(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).isNotNull();
            var dryRun = ctx.getBean(ReplayService.class).replay(
                    new ReplayRequest(List.of(), true, null, null, null, true, false), "test@cli");
            assertThat(dryRun.dryRun()).isTrue();
            assertThat(dryRun.matched()).isZero();
        }
    }

    /**
     * What the start script and {@link Relaunch} treat as a ledger-only command (its archive, the quick JIT flags) starts
     * {@link LedgerOnly}'s context, from the command line as an operator types it: a command moved to the whole
     * application would run with the first JIT tier only, and a command the script left out would start slowly.
     */
    @Test
    void theCommandsTheStartScriptTreatsAsLedgerOnlyStartTheLedgerOnlyContext() {
        String url = "--spring.datasource.url=jdbc:h2:mem:commands-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        for (String[] args : List.of(new String[] {"status"}, new String[] {"status", "--json"},
                new String[] {"compliance", "--from=2026-01-01", "--to=2026-12-31", "--format=json"},
                new String[] {"replay", "--failed", "--dry-run"}, new String[] {"replay", "--id=X", "--dry-run", "--json"})) {
            assertThat(Relaunch.ledgerOnly(args)).as(String.join(" ", args)).isTrue();
            List<String> line = new java.util.ArrayList<>(List.of(args));
            line.addAll(List.of(url, "--logging.level.root=OFF"));
            List<Set<Object>> started = new java.util.ArrayList<>();   // the sources of each application the command ran

            int exit = SpringApplication.withHook(application -> {
                started.add(application.getAllSources());
                return null;
            }, () -> Cli.run(line.toArray(String[]::new)));

            assertThat(exit).as(String.join(" ", args)).isZero();
            assertThat(started).as(String.join(" ", args) + ": LedgerOnly's context").isNotEmpty()
                    .allSatisfy(sources -> assertThat(sources).containsExactly(LedgerOnly.class));
        }
        assertThat(Relaunch.ledgerOnly(new String[] {"replay", "--failed"})).as("a replay that sends").isFalse();
        assertThat(Relaunch.ledgerOnly(new String[] {"sync"})).isFalse();
    }

    /** An H2 file ledger read by a ledger-only command closes without compacting; the start that migrates it compacts. */
    @Test
    void aLedgerOnlyCommandsH2FileClosesWithoutCompacting(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.sql.SQLException {
        List<String> args = List.of("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger"), "--logging.level.root=OFF");
        assertThat(catchThrowableOfType(vn.dvc.adapter.system.ConfigurationError.class,
                () -> Boot.context(args, WebApplicationType.NONE, Boot.LEDGER_ONLY)).problems())
                .as("no ledger there: said, and none made").containsExactly("không có sổ cái ở " + dir.resolve("ledger.mv.db")
                        + " (chưa có lượt `sync` nào với thiết lập này; sổ cái của buổi chạy thử: thêm --demo) / no ledger at "
                        + dir.resolve("ledger.mv.db") + " (no `sync` has run with these settings; the demo's ledger: add --demo)");
        assertThat(dir).isEmptyDirectory();
        try (java.sql.Connection empty = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger"), "sa", "")) {
            assertThat(empty.isValid(1)).isTrue();   // a database with no ledger in it yet, as an operator may create one
        }
        try (ConfigurableApplicationContext ctx = Boot.context(args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(Flyway.class)).as("an empty database: migrated").hasSize(1);
            assertThat(ctx.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl()).doesNotContain("MAX_COMPACT_TIME");
        }
        try (ConfigurableApplicationContext ctx = Boot.context(args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBean(com.zaxxer.hikari.HikariDataSource.class).getJdbcUrl())
                    .isEqualTo("jdbc:h2:file:" + dir.resolve("ledger") + ";MAX_COMPACT_TIME=0;WRITE_DELAY=0");
            assertThat(ctx.getBean(TransferReads.class).countByState()).containsEntry(State.SENT, 0L);
        }
    }

    @Test
    void flywayIsCreatedOnlyForALedgerBehindTheJar() {
        List<String> args = ledger("schema-" + System.nanoTime());
        try (ConfigurableApplicationContext ctx = Boot.context(args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(Flyway.class)).as("a new ledger is migrated").hasSize(1);
            assertThat(LedgerSchema.current(ctx.getBean("dataSource", DataSource.class))).isTrue();
        }
        try (ConfigurableApplicationContext ctx = Boot.context(args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(Flyway.class)).as("a current ledger: no Flyway").isEmpty();
            assertThat(ctx.getBean(TransferReads.class).countByState()).containsEntry(State.SENT, 0L);
        }

        List<String> behind = ledger("behind-" + System.nanoTime());
        String url = behind.get(0).substring("--spring.datasource.url=".length());
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target(String.valueOf(Integer.parseInt(LedgerSchema.LATEST) - 1)).load().migrate();
        List<String> noFlyway = new java.util.ArrayList<>(behind);
        noFlyway.add("--spring.flyway.enabled=false");
        try (ConfigurableApplicationContext ctx = Boot.context(noFlyway, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(Flyway.class)).as("the operator's spring.flyway.enabled=false holds").isEmpty();
            assertThat(LedgerSchema.current(ctx.getBean("dataSource", DataSource.class))).isFalse();
        }
        try (ConfigurableApplicationContext ctx = Boot.context(behind, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            assertThat(ctx.getBeanNamesForType(Flyway.class)).as("a ledger one version behind is migrated").hasSize(1);
            assertThat(LedgerSchema.current(ctx.getBean("dataSource", DataSource.class))).isTrue();
        }
    }

    @Test
    void theLedgerOnlyScanNamesEveryPackageButTheConsoleTheBenchmarkTheSimulatorsAndTheCommands() throws Exception {
        java.nio.file.Path root = java.nio.file.Path.of(vn.dvc.adapter.AdapterApplication.class.getResource("AdapterApplication.class").toURI())
                .getParent();
        List<String> packages;
        try (var dirs = java.nio.file.Files.list(root)) {
            packages = dirs.filter(java.nio.file.Files::isDirectory).map(d -> "vn.dvc.adapter." + d.getFileName())
                    .filter(p -> !List.of("vn.dvc.adapter.admin", "vn.dvc.adapter.bench", "vn.dvc.adapter.simulator", "vn.dvc.adapter.cli")
                            .contains(p))
                    .toList();
        }
        try (var classes = java.nio.file.Files.list(root)) {
            assertThat(classes.filter(java.nio.file.Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .as("the root package holds the application alone: a component there is not scanned here")
                    .containsExactly("AdapterApplication.class");
        }
        assertThat(LedgerOnly.class.getAnnotation(org.springframework.context.annotation.ComponentScan.class).basePackages())
                .as("a new package: add it to LedgerOnly's scan, or to the packages it leaves out").containsExactlyInAnyOrderElementsOf(packages);
    }

    @Test
    void aCommandNeedingTheSystemsIsRefusedNamingEveryMissingSetting() {
        List<String> args = List.of("--spring.datasource.url=jdbc:h2:mem:refused;DB_CLOSE_DELAY=-1", "--logging.level.root=OFF",
                "--adapter.portal.client-id=hoabinh", "--adapter.sync.batch-size=0");

        assertThatThrownBy(() -> Boot.context(args, WebApplicationType.NONE, Map.of()).close())
                .isInstanceOfSatisfying(ConfigurationError.class, e -> assertThat(e.problems())
                        .hasSize(10)
                        .anyMatch(p -> p.startsWith("adapter.source.url is not set"))
                        .anyMatch(p -> p.startsWith("adapter.sso.audience is not set"))
                        .anyMatch(p -> p.equals("adapter.sync.batch-size must be 1..1000, is 0"))
                        .noneMatch(p -> p.startsWith("adapter.portal.client-id")));
    }
}
