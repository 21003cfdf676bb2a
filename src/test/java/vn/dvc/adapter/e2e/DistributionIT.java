package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution built by {@code mvn package} (issue 14), unpacked in a temporary folder as an
 * operator would: its start script runs the demo from there, reading the distribution's own
 * {@code config/} and {@code routes/} (both changed here, without rebuilding, and the change
 * shows), and its systemd unit passes {@code systemd-analyze verify} where systemd is installed.
 */
class DistributionIT {

    private static final String ARCHIVE = System.getProperty("dvcqg.distribution", "target/dvcqg-adapter-0.1.0-SNAPSHOT.tar.gz");
    private static Path home;

    private record Result(int exit, String out, String err) {}

    @BeforeAll
    static void unpack() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "dist-");
        Result tar = run(dir, Map.of(), List.of("tar", "-xzf", new File(ARCHIVE).getAbsolutePath()));
        assertThat(tar.exit()).as(tar.err()).isZero();
        try (var folders = Files.list(dir)) {
            home = folders.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertThat(home.getFileName().toString()).startsWith("dvcqg-adapter-");
    }

    @Test
    void theArchivesHoldTheJarTheScriptTheConfigurationTheRoutesAndTheServiceFiles() throws Exception {
        List<String> expected = List.of("lib/dvcqg-adapter.jar", "bin/dvcqg-adapter", "config/application.yaml",
                "config/production.yaml.example", "routes/sync.camel.yaml", "routes/serve.camel.yaml", "adapter.env.example",
                "dvcqg-adapter.service", "README.md");
        for (String file : expected) {
            assertThat(home.resolve(file)).as(file).isRegularFile();
        }
        assertThat(Files.isExecutable(home.resolve("bin/dvcqg-adapter"))).isTrue();
        try (ZipFile zip = new ZipFile(ARCHIVE.replaceAll("\\.tar\\.gz$", ".zip"))) {
            String base = home.getFileName() + "/";
            for (String file : expected) {
                assertThat(zip.getEntry(base + file)).as("zip: " + file).isNotNull();
            }
        }
    }

    @Test
    void theDemoRunsFromTheUnpackedDistributionWithItsOwnConfigAndRoutes() throws Exception {
        // an operator's changes, no rebuild: a setting in config/ and one more route in routes/
        Path config = home.resolve("config/application.yaml");
        String yaml = Files.readString(config, StandardCharsets.UTF_8);
        assertThat(yaml).contains("report-dir: reports");
        Files.writeString(config, yaml.replace("report-dir: reports", "report-dir: dist-reports"), StandardCharsets.UTF_8);
        Files.writeString(home.resolve("routes/probe.camel.yaml"), """
                - route:
                    id: distribution-probe
                    from:
                      uri: "timer:distribution-probe?repeatCount=1"
                      steps:
                        - log:
                            logName: vn.dvc.adapter.probe
                            message: "route from the distribution's routes folder"
                """, StandardCharsets.UTF_8);
        Path work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "dist-work-");
        String javaHome = Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString();

        // DVCQG_ADAPTER_CDS=off: the script's class-data archive costs ~30 s to make; StartIT covers it
        Result demo = run(work, Map.of("DVCQG_ADAPTER_CDS", "off", "JAVA_HOME", javaHome),
                List.of(home.resolve("bin/dvcqg-adapter").toString(), "demo", "--dossiers", "500", "--json"));

        assertThat(demo.exit()).as(demo.err()).isZero();
        JsonNode summary = new ObjectMapper().readTree(demo.out());
        assertThat(summary.path("pulled").asInt()).isEqualTo(500);
        assertThat(summary.path("sent").asInt() + summary.path("quarantined").asInt() + summary.path("held").asInt()).isEqualTo(500);
        assertThat(demo.out() + demo.err()).contains("route from the distribution's routes folder");
        assertThat(work.resolve("dist-reports")).as("config/application.yaml of the distribution").isDirectory();
        assertThat(work.resolve("reports/compliance.html")).exists();
        assertThat(home.resolve("lib/cds")).as("no archive made when turned off").doesNotExist();
    }

    @Test
    void theSystemdUnitPassesSystemdAnalyzeVerify() throws Exception {
        Result which = run(home, Map.of(), List.of("sh", "-c", "command -v systemd-analyze"));
        if (which.exit() != 0) {
            System.out.println("DistributionIT: systemd-analyze is not installed here, the unit is not verified");
        }
        assumeTrue(which.exit() == 0, "systemd-analyze is not installed here: the unit is not verified");
        String unit = Files.readString(home.resolve("dvcqg-adapter.service"), StandardCharsets.UTF_8);
        assertThat(unit).contains("User=dvcqg", "EnvironmentFile=/etc/dvcqg-adapter/adapter.env", "Restart=on-failure",
                "NoNewPrivileges=yes", "ProtectSystem=strict");
        // verify wants ExecStart's program to exist: point it at the unpacked script instead of /opt
        Path copy = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "unit-").resolve("dvcqg-adapter.service");
        Files.writeString(copy, unit.replace("/opt/dvcqg-adapter/bin/dvcqg-adapter", home.resolve("bin/dvcqg-adapter").toString()));

        Result verify = run(copy.getParent(), Map.of(), List.of("systemd-analyze", "verify", copy.toString()));

        assertThat(verify.exit()).as(verify.err()).isZero();
        // a setting systemd cannot parse is only a warning, with exit 0: none may be printed
        assertThat(verify.out() + verify.err()).isEmpty();
    }

    private static Result run(Path dir, Map<String, String> env, List<String> cmd) throws Exception {
        Path out = Files.createTempFile(Path.of("target").toAbsolutePath(), "out-", ".txt");
        Path err = Files.createTempFile(Path.of("target").toAbsolutePath(), "err-", ".txt");
        ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(cmd)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
