package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

/** The jar's commands as an operator runs them: exit codes, stdout kept for JSON, messages naming the setting. */
class CliIT {

    private record Result(int exit, String out, String err) {}

    private static Result run(Path dir, String... args) throws Exception {
        return run(dir, List.of(), args);
    }

    /** With these JVM options. */
    private static Result run(Path dir, List<String> options, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(AdapterJvm.java(options.toArray(String[]::new)));
        cmd.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().keySet().removeIf(name -> name.startsWith("ADAPTER_"));   // this machine's would be warned of
        Process p = pb.start();
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void syncWithoutTheSourceUrlExits2NamingTheSetting() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");

        Result r = run(dir, "sync", "--json");

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("adapter.source.url");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void demoPrintsOneJsonObjectAndWritesTheReports() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");

        Result demo = run(dir, "demo", "--dossiers", "400", "--json");
        Result status = run(dir, "status", "--json", "--spring.datasource.url=jdbc:h2:file:./data/demo/adapter");

        assertThat(demo.exit()).as(demo.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(demo.out());
        assertThat(summary.path("pulled").asInt()).isEqualTo(400);
        assertThat(summary.path("sent").asInt() + summary.path("quarantined").asInt() + summary.path("held").asInt()).isEqualTo(400);
        for (String key : List.of("run", "pulled", "sent", "unchanged", "quarantined", "failed", "durationMs")) {
            assertThat(summary.has(key)).as(key).isTrue();
        }
        assertThat(dir.resolve("reports/compliance.html")).exists();
        assertThat(Files.readString(dir.resolve("reports/compliance.html"))).contains("Sở Tư pháp");
        assertThat(status.exit()).as(status.err()).isZero();
        JsonNode counts = new ObjectMapper().readTree(status.out()).path("transfers");
        assertThat(counts.path("SENT").asInt()).isEqualTo(summary.path("sent").asInt());
        assertThat(counts.path("QUARANTINED").asInt()).isEqualTo(summary.path("quarantined").asInt());

        // issue 23: the ledger-only commands start the context Spring wrote down when the jar was built
        // (cli/LedgerOnlyAot), and answer exactly as the ordinary start does
        String ledger = "--spring.datasource.url=jdbc:h2:file:./data/demo/adapter";
        for (List<String> command : List.of(List.of("status", "--json", ledger), List.of("status", "--lang", "en", ledger),
                List.of("compliance", "--from=2026-01-01", "--to=2026-12-31", "--format=json", ledger))) {
            Path classes = dir.resolve("classes-" + command.get(0) + ".txt");
            Result ahead = run(dir, List.of("-Xlog:class+load=info:file=" + classes), command.toArray(String[]::new));
            String loaded = Files.readString(classes);
            Path ordinaryClasses = dir.resolve("ordinary-" + command.get(0) + ".txt");
            Result ordinary = run(dir, List.of("-Dspring.aot.enabled=false", "-Xlog:class+load=info:file=" + ordinaryClasses),
                    command.toArray(String[]::new));
            assertThat(Files.readString(ordinaryClasses)).as("the ordinary start")
                    .contains("org.springframework.context.annotation.ConfigurationClassParser ")
                    .doesNotContain("LedgerOnlyAot__BeanFactoryRegistrations ");

            assertThat(ahead.exit()).as(ahead.err()).isZero();
            assertThat(loaded).as("the generated context, no configuration classes parsed")
                    .contains("vn.dvc.adapter.cli.LedgerOnlyAot__BeanFactoryRegistrations ")
                    .doesNotContain("org.springframework.context.annotation.ConfigurationClassParser ");
            assertThat(ordinary.exit()).as(ordinary.err()).isZero();
            assertThat(ordinary.err()).as("the same messages").isEqualTo(ahead.err());
            assertThat(ahead.out().replaceAll("\"generatedAt\" : \"[^\"]+\"", ""))
                    .isEqualTo(ordinary.out().replaceAll("\"generatedAt\" : \"[^\"]+\"", "")).isNotBlank();
        }
    }

    /** Issue 23: a new ledger still gets its schema (Flyway, the ordinary start) before the generated context reads it. */
    @Test
    void aLedgerOnlyCommandOnANewLedgerMigratesItThenStartsAheadOfTime() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");
        String ledger = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger");
        Result none = run(dir, List.of(), "status", "--json", ledger);
        assertThat(none.exit()).as("no ledger there: said, none made").isEqualTo(2);
        assertThat(none.err()).contains("no ledger at " + dir.resolve("ledger.mv.db"));
        assertThat(dir.resolve("ledger.mv.db")).doesNotExist();
        StartIT.emptyLedger(dir.resolve("ledger"));

        Result first = run(dir, List.of("-Xlog:class+load=info:file=" + dir.resolve("first.txt")), "status", "--json", ledger);
        Result second = run(dir, List.of("-Xlog:class+load=info:file=" + dir.resolve("second.txt")), "status", "--json", ledger);

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).as("no warning a person cannot act on").doesNotContain("WARN");
        assertThat(Files.readString(dir.resolve("first.txt"))).as("tried ahead of time, then migrated the ordinary way")
                .contains("LedgerOnlyAot__BeanFactoryRegistrations ").contains("org.flywaydb.core.Flyway ")
                .contains("org.springframework.context.annotation.ConfigurationClassParser ");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(Files.readString(dir.resolve("second.txt"))).contains("LedgerOnlyAot__BeanFactoryRegistrations ")
                .doesNotContain("org.springframework.context.annotation.ConfigurationClassParser ")
                .doesNotContain("org.flywaydb.core.Flyway ");
    }

    @Test
    void reconcileNamesEveryBadOptionAtOnceAndExits2() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");

        Result none = run(dir, "reconcile");
        Result bad = run(dir, "reconcile", "--sample", "0", "--ids", "A,B");

        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--since", "--agency", "--ids", "--sample");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--sample phải từ 1", "--sample và --ids");
    }

    @Test
    void aPortalThatCannotBeReadGivesUnreadableRowsAndExit3NeverMissing() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");
        Result demo = run(dir, "demo", "--dossiers", "200", "--json");
        assertThat(demo.exit()).as(demo.err()).isZero();

        // the demo's simulators are gone: every read of the portal fails
        Result r = run(dir, "reconcile", "--sample", "3", "--json", "--spring.datasource.url=jdbc:h2:file:./data/demo/adapter",
                "--adapter.source.url=http://127.0.0.1:9", "--adapter.portal.url=http://127.0.0.1:9",
                "--adapter.portal.client-id=x", "--adapter.portal.client-secret=x", "--adapter.portal.username=x",
                "--adapter.portal.password=x", "--adapter.portal.madonvi=000.00.00.H25",
                "--adapter.sso.jwks-url=http://127.0.0.1:9/jwks", "--adapter.sso.issuer=x", "--adapter.sso.audience=x",
                "--adapter.sync.retry-backoff=PT0.01S", "--adapter.reconcile.max-attempts=2",
                // the demo ledger's own key (cli/DemoKey), as an operator would pass it on
                "--adapter.ledger.encryption.key=" + Files.readString(dir.resolve("data/demo/ledger.key")).strip(),
                "--adapter.ledger.encryption.key-id=demo");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        JsonNode summary = new ObjectMapper().readTree(r.out());
        assertThat(summary.path("checked").asInt()).isEqualTo(3);
        assertThat(summary.path("unreadable").asInt()).isEqualTo(3);
        assertThat(summary.path("missing").asInt()).isZero();
        assertThat(summary.path("driftShare").isNull() || summary.path("driftShare").isNumber()).isTrue();
        assertThat(dir.resolve("reports/reconcile-2.csv")).exists();   // the demo's own reconcile was number 1
    }

    /**
     * The probe's wrong key under the same key id (serve started and failed on the first transfer
     * opened) and its missing key (replay --dry-run exited 2 with a message about another key id).
     */
    @Test
    void aWrongOrMissingLedgerKeyIsNamedInOneLineAndExits2() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");
        Result demo = run(dir, "demo", "--dossiers", "60", "--json");
        assertThat(demo.exit()).as(demo.err()).isZero();
        // the demo's ledger without its key file beside it, as a ledger of an operator's own
        Files.createDirectories(dir.resolve("ledger"));
        Files.copy(dir.resolve("data/demo/adapter.mv.db"), dir.resolve("ledger/adapter.mv.db"));
        String ledger = "--spring.datasource.url=jdbc:h2:file:./ledger/adapter";
        // a failed transfer to replay, its payload sealed under the demo's key (the key check's own value)
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("ledger/adapter"), "sa", "")) {
            c.createStatement().executeUpdate("insert into transfer (ma_ho_so, state, payload, created_at, updated_at)"
                    + " select 'HS-KEY-1', 'FAILED', check_value, created_at, created_at from ledger_key where key_id = 'demo'");
        }

        Result wrong = run(dir, "status", ledger, "--adapter.ledger.encryption.key-id=demo",
                "--adapter.ledger.encryption.key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]));
        Result missing = run(dir, "replay", "--failed", "--dry-run", ledger, "--adapter.ledger.encryption.key-id=demo");

        assertThat(wrong.exit()).as(wrong.err()).isEqualTo(2);
        assertThat(wrong.err().lines().filter(l -> l.contains("encryption"))).singleElement().asString()
                .contains("adapter.ledger.encryption.key").contains("'demo'").contains("is not the key");
        assertThat(missing.exit()).as(missing.err()).isEqualTo(2);
        assertThat(missing.err().lines().filter(l -> l.contains("encryption"))).singleElement().asString()
                .contains("ADAPTER_LEDGER_ENCRYPTION_KEY").contains("'demo'").contains("is not set");
    }

    /**
     * Issue 22, item 3: after the demo, the commands it prints go on with its ledger as printed: its key,
     * its simulators' addresses and data (the portal holding what the demo sent). {@code simulate} gets
     * ports 0 here (tests never take fixed ports); every other command runs exactly as printed.
     */
    @Test
    void theCommandsTheDemoPrintsGoOnWithItsLedgerAsPrinted() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");
        Result demo = run(dir, "demo", "--dossiers", "300");
        assertThat(demo.exit()).as(demo.err()).isZero();
        String launcher = "java -jar " + AdapterJvm.jarInUse();
        Map<String, String[]> printed = new java.util.LinkedHashMap<>();
        for (String line : demo.out().split("\n")) {
            if (line.startsWith("  " + launcher + " ")) {
                String[] args = line.substring(launcher.length() + 3).replaceAll("\\s+#.*$", "").trim().split(" +");
                printed.put(args[0], args);
            }
        }
        assertThat(printed).containsKeys("status", "replay", "compliance", "simulate", "reconcile", "serve");

        Result status = run(dir, printed.get("status"));
        Result replay = run(dir, printed.get("replay"));
        Result compliance = run(dir, printed.get("compliance"));
        Result profile = run(dir, "replay", "--failed", "--dry-run", "--spring.profiles.active=demo");

        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.err()).as("no warning a person cannot act on").doesNotContain("Flyway").doesNotContain("WARN");
        assertThat(status.out()).contains("Đã gửi").contains("Lượt gần nhất: #1 Đồng bộ, Thành công");
        assertThat(replay.exit()).as(replay.err()).isZero();
        assertThat(replay.out()).startsWith("Chạy thử");
        assertThat(profile.exit()).as("the demo profile finds the demo's key: " + profile.err()).isZero();
        assertThat(compliance.exit()).as(compliance.err()).isZero();
        assertThat(dir.resolve("reports/compliance-demo.html")).exists();

        List<String> simulate = new ArrayList<>(AdapterJvm.java());
        simulate.addAll(List.of(printed.get("simulate")));
        simulate.addAll(List.of("--source-port", "0", "--portal-port", "0"));
        Process sims = new ProcessBuilder(simulate).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("simulate.txt").toFile()).start();
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                    .until(() -> Files.exists(dir.resolve("data/demo/simulators.properties")) || !sims.isAlive());
            assertThat(sims.isAlive()).as(Files.readString(dir.resolve("simulate.txt"))).isTrue();

            Result reconcile = run(dir, printed.get("reconcile"));

            assertThat(reconcile.exit()).as(reconcile.out() + reconcile.err()).isZero();
            assertThat(reconcile.out()).contains("thiếu          0").contains("lệch           0").contains("không đọc được 0");
        } finally {
            sims.destroy();   // SIGTERM: the simulators keep the portal's holdings and forget their addresses
            assertThat(sims.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(dir.resolve("data/demo/simulators.properties")).doesNotExist();
        assertThat(dir.resolve("data/demo/portal.json.gz")).exists();
    }

    /** Issue 22: a source that cannot be reached ends the run with its reason in words, no stack trace, no stray warning. */
    @Test
    void anUnreachableSourceEndsTheRunWithItsReasonInOneLine() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");

        Result r = run(dir, "sync", "--demo", "--adapter.source.url=http://127.0.0.1:9", "--adapter.source.redelivery-delay-ms=10");
        Result en = run(dir, "sync", "--demo", "--lang", "en", "--adapter.source.url=http://127.0.0.1:9",
                "--adapter.source.redelivery-delay-ms=10");

        assertThat(r.exit()).as(r.err()).isEqualTo(3);
        assertThat(r.out()).contains("thất bại").contains("lý do        Không kết nối được Hệ thống một cửa (Connection refused)");
        assertThat(en.out()).contains("why         Could not connect to the one-stop system (Connection refused)");
        assertThat(en.err()).as("--lang en reaches the log lines").contains("started, reading the source from")
                .contains("ended (FAILED)").doesNotContain("lượt SYNC");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Message History").doesNotContain("less than a second")
                .doesNotContain("Flyway");
    }

    /**
     * A ledger database that takes the connection and never answers (a PostgreSQL hung in its start, a proxy whose far
     * side is gone): the command ends by itself after the pool's connection timeout, in one line naming the database,
     * not after pgjdbc's five-minute socket timeout.
     */
    @Test
    void aLedgerServerThatNeverAnswersEndsTheCommandInOneLine() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cli-");
        try (vn.dvc.adapter.SilentServer silent = new vn.dvc.adapter.SilentServer()) {
            long start = System.nanoTime();
            Result r = run(dir, "status", "--spring.datasource.url=jdbc:postgresql://" + silent.address() + "/ledger",
                    "--spring.datasource.username=adapter", "--spring.datasource.password=x",
                    "--spring.datasource.hikari.connection-timeout=3000");
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);

            assertThat(silent.accepted()).as("the command did reach the silent server").isPositive();
            assertThat(r.exit()).as(r.err()).isEqualTo(3);
            assertThat(seconds).as("ended by the 3 s login timeout, not pgjdbc's 300 s socket timeout").isLessThan(60);
            assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(r.err()).contains("PostgreSQL ledger @ " + silent.address()).doesNotContain("\tat ");
        }
    }
}
