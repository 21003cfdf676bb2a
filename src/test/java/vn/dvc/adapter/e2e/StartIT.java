package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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

/**
 * How the jar starts (issue 13): a configuration error names every missing setting in one try;
 * a dry run of replay needs no systems' settings; the README's start script prepares its
 * class-data archive once, then reuses it, and answers as the jar does; --help and a bad option
 * never wait for the archive (issue 23). Not timed: the figures
 * are in docs/benchmarks.md.
 */
class StartIT {

    private static final String JAR = new File(System.getProperty("dvcqg.jar", "target/dvcqg-adapter.jar")).getAbsolutePath();

    private record Result(int exit, String out, String err) {}

    private static Result run(Path dir, Map<String, String> env, List<String> cmd) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Result jar(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-jar", JAR));
        cmd.addAll(List.of(args));
        return run(dir, Map.of(), cmd);
    }

    /** An H2 database with nothing in it yet, as an operator may create one: a ledger-only command migrates it. */
    static void emptyLedger(Path file) throws java.sql.SQLException {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "")) {
            c.isValid(1);
        }
    }

    private static Path dir() throws Exception {
        return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "start-");
    }

    @Test
    void syncWithNothingConfiguredNamesEveryRequiredSettingAtOnce() throws Exception {
        Result r = jar(dir(), "sync", "--adapter.sync.batch-size=5000");

        assertThat(r.exit()).isEqualTo(2);
        for (String key : List.of("adapter.source.url", "adapter.portal.url", "adapter.portal.client-id", "adapter.portal.client-secret",
                "adapter.portal.username", "adapter.portal.password", "adapter.portal.madonvi", "adapter.sso.jwks-url",
                "adapter.sso.issuer", "adapter.sso.audience", "adapter.ledger.encryption.key")) {
            assertThat(r.err()).contains(key + " chưa được đặt").containsPattern(java.util.regex.Pattern.quote(key) + " .* / is not set");
        }
        // each detail in both languages (issue 22)
        assertThat(r.err()).contains("adapter.sync.batch-size phải từ 1 đến 1000, đang là 5000 / must be 1..1000, is 5000")
                .contains("12 ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aDryRunOfReplayReadsTheLedgerWithoutTheSystemsSettings() throws Exception {
        Path dir = dir();
        emptyLedger(dir.resolve("data").resolve("adapter"));   // a ledger that is there: none is a bad setting (exit 2)
        Result r = jar(dir, "replay", "--failed", "--dry-run", "--json");

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(r.out());
        assertThat(result.path("dryRun").asBoolean()).isTrue();
        assertThat(result.path("matched").asInt()).isZero();
    }

    @Test
    void theStartScriptMakesItsArchiveOnceThenReusesIt() throws Exception {
        Path dir = dir();
        Path cds = dir.resolve("cds");
        Path script = Path.of("bin", "dvcqg-adapter").toAbsolutePath();
        Map<String, String> env = Map.of("DVCQG_ADAPTER_JAR", JAR, "DVCQG_ADAPTER_CDS", cds.toString());

        // issue 23: an option before any command is picocli's answer, the jar's own, and never waits for the archive
        Result help = run(dir, env, List.of("sh", script.toString(), "--help"));
        Result bad = run(dir, env, List.of("sh", script.toString(), "--bogus"));
        assertThat(cds).as("--help and a bad option prepare nothing").doesNotExist();
        assertThat(help.exit()).isZero();
        assertThat(help).isEqualTo(jar(dir, "--help"));
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad).isEqualTo(jar(dir, "--bogus"));

        emptyLedger(dir.resolve("data").resolve("adapter"));   // status reads a ledger that is there, and says so when none is
        Result first = run(dir, env, List.of("sh", script.toString(), "status", "--json"));
        long made = Files.getLastModifiedTime(cds.resolve("app.jsa")).toMillis();
        Result second = run(dir, env, List.of("sh", script.toString(), "status", "--json"));
        Result prepared = run(dir, env, List.of("sh", script.toString(), "--prepare-archive"));
        Result helpAfter = run(dir, env, List.of("sh", script.toString(), "--help"));
        Map<String, String> logged = new java.util.HashMap<>(env);
        logged.put("JAVA_OPTS", "-Xlog:cds=info:stderr");
        Result mapped = run(dir, logged, List.of("sh", script.toString(), "status", "--json"));

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("class-data archive");
        assertThat(Files.size(cds.resolve("app.jsa"))).isPositive();
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("class-data archive");
        assertThat(prepared.exit()).as("--prepare-archive: the build step, nothing to do when it is ready").isZero();
        assertThat(prepared.err()).doesNotContain("class-data archive");
        assertThat(Files.getLastModifiedTime(cds.resolve("app.jsa")).toMillis()).isEqualTo(made);
        assertThat(helpAfter).as("the extracted jar answers as the packed one").isEqualTo(help);
        // the ledger-only commands map the smaller archive trained on status
        assertThat(Files.size(cds.resolve("ledger-only.jsa"))).isPositive().isLessThan(Files.size(cds.resolve("app.jsa")));
        assertThat(mapped.exit()).as(mapped.err()).isZero();
        assertThat(mapped.err()).contains("Opened archive " + cds.resolve("ledger-only.jsa"))
                .doesNotContain("Opened archive " + cds.resolve("app.jsa"));
        assertThat(mapped.out()).isEqualTo(second.out());
        // issue 23: a bare java -jar of a ledger-only command runs in a child JVM started the script's way (cli/Relaunch)
        String java = ProcessHandle.current().info().command().orElse("java");
        Result bare = run(dir, Map.of("DVCQG_ADAPTER_CDS", cds.toString()), List.of(java, "-jar", JAR, "status", "--json"));
        assertThat(bare.exit()).as(bare.err()).isZero();
        assertThat(bare.out()).isEqualTo(second.out());
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0)) {
            // a ledger database that takes the connection and never answers: the command waits, long enough to look
            ProcessBuilder pb = new ProcessBuilder(java, "-jar", JAR, "status",
                    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/ledger")
                    .directory(dir.toFile()).redirectOutput(dir.resolve("bare.out").toFile()).redirectError(dir.resolve("bare.err").toFile());
            pb.environment().put("DVCQG_ADAPTER_CDS", cds.toString());
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").forEach(pb.environment()::remove);   // a bare start
            Process parent = pb.start();
            ProcessHandle child = null;
            for (long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8); child == null && System.nanoTime() < until; Thread.sleep(100)) {
                child = parent.descendants().filter(h -> h.info().arguments().map(List::of).orElse(List.of())
                        .contains("-XX:SharedArchiveFile=" + cds.resolve("ledger-only.jsa"))).findFirst().orElse(null);
            }
            assertThat(child).as("the child JVM with the ledger-only archive").isNotNull();
            parent.destroy();
            assertThat(parent.waitFor(20, TimeUnit.SECONDS)).isTrue();
            child.onExit().get(20, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("stopping java -jar stops its child").isFalse();
        }
        try (var training = Files.list(cds.resolve("training"))) {
            assertThat(training.map(p -> p.getFileName().toString())).as("the training ledger is not kept")
                    .noneMatch(name -> name.startsWith("ledger."));
        }
        JsonNode status = new ObjectMapper().readTree(second.out());
        assertThat(status.path("transfers").path("SENT").asInt()).isZero();
        assertThat(status.path("checkpoint").asText()).isEqualTo("2000-01-01T00:00:00Z");
        assertThat(status.path("cluster").path("mode").asText()).as("H2: one instance").isEqualTo("single");
        // the training run kept its ledger and reports in the archive's folder, not the caller's
        assertThat(dir.resolve("reports")).doesNotExist();
    }
}
