package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bare {@code java -jar … status} runs in a child JVM started the script's way only when nothing the operator
 * gave could be lost (no JVM option, no options in the environment) and the script's archive for this very
 * jar is ready; any other start runs the command where it is.
 */
class RelaunchTest {

    @TempDir
    Path dir;
    Path jar;
    Path cds;

    @BeforeEach
    void aJarWithItsArchiveReady() throws IOException {
        jar = Files.write(dir.resolve("dvcqg-adapter.jar"), new byte[] {1});
        cds = Files.createDirectories(dir.resolve("cds"));
        Files.write(cds.resolve("dvcqg-adapter.jar"), new byte[] {1});
        Files.write(cds.resolve("ledger-only.jsa"), new byte[] {1});
        Files.writeString(cds.resolve("ready"), "1\n");   // the size of the jar it was made for, as the script writes it
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(cds.resolve("ready"), FileTime.fromMillis(2_000_000));
    }

    private List<String> bare(String... args) {
        List<String> jvm = new java.util.ArrayList<>(List.of("-jar", jar.toString()));
        jvm.addAll(List.of(args));
        return jvm;
    }

    @Test
    void aBareStartOfALedgerOnlyCommandRunsTheScriptsWay() {
        String[] args = {"status", "--json", "--spring.datasource.url=jdbc:h2:file:./x"};
        assertThat(Relaunch.plan(args, bare(args), "/jdk/bin/java", jar.toString(), Map.of())).contains(List.of(
                "/jdk/bin/java", "-XX:SharedArchiveFile=" + cds.resolve("ledger-only.jsa"), "-Xshare:auto", "-Xlog:cds=off",
                "-Xlog:cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", cds.resolve("dvcqg-adapter.jar").toString(),
                "status", "--json", "--spring.datasource.url=jdbc:h2:file:./x"));
        String[] dryRun = {"replay", "--failed", "--dry-run"};
        assertThat(Relaunch.plan(dryRun, bare(dryRun), "java", jar.toString(), Map.of())).isPresent();
        String[] compliance = {"compliance"};
        Path elsewhere = dir.resolve("elsewhere");
        assertThat(Relaunch.plan(compliance, bare(compliance), "java", jar.toString(), Map.of("DVCQG_ADAPTER_CDS", elsewhere.toString())))
                .as("DVCQG_ADAPTER_CDS names where the archive is").isEmpty();
    }

    @Test
    void anythingTheOperatorGaveKeepsTheCommandHere() throws IOException {
        String[] status = {"status"};
        assertThat(Relaunch.plan(status, List.of("-Xmx64m", "-jar", jar.toString(), "status"), "java", jar.toString(), Map.of()))
                .as("a JVM option").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of("JAVA_TOOL_OPTIONS", "-XX:+UseG1GC")))
                .as("JAVA_TOOL_OPTIONS").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of("JDK_JAVA_OPTIONS", "-Dx=y")))
                .as("JDK_JAVA_OPTIONS").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of("_JAVA_OPTIONS", "-XX:+UseG1GC")))
                .as("_JAVA_OPTIONS: a second collector beside the child's would stop it").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of("DVCQG_ADAPTER_CDS", "off")))
                .as("DVCQG_ADAPTER_CDS=off").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", jar + java.io.File.pathSeparator + "other.jar", Map.of()))
                .as("a class path, not a jar").isEmpty();
        String[] sync = {"sync"};
        assertThat(Relaunch.plan(sync, bare(sync), "java", jar.toString(), Map.of())).as("a command that writes").isEmpty();
        String[] replay = {"replay", "--failed"};
        assertThat(Relaunch.plan(replay, bare(replay), "java", jar.toString(), Map.of())).as("a replay for real").isEmpty();
        assertThat(Relaunch.plan(new String[0], List.of("-jar", jar.toString()), "java", jar.toString(), Map.of())).isEmpty();

        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of())).as("an archive older than the jar").isEmpty();
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.writeString(cds.resolve("ready"), "2\n");
        Files.setLastModifiedTime(cds.resolve("ready"), FileTime.fromMillis(2_000_000));
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of()))
                .as("an archive made for a jar of another size (an older release unpacked over a newer one)").isEmpty();
        Files.writeString(cds.resolve("ready"), "1\n");
        Files.setLastModifiedTime(cds.resolve("ready"), FileTime.fromMillis(2_000_000));
        Files.write(cds.resolve("ledger-only.jsa"), new byte[0]);
        assertThat(Relaunch.plan(status, bare(status), "java", jar.toString(), Map.of())).as("an empty archive").isEmpty();
        assertThat(Relaunch.plan(status, bare(status), "java", cds.resolve("dvcqg-adapter.jar").toString(), Map.of()))
                .as("the extracted jar itself: no cds/ beside it").isEmpty();
    }

    /**
     * The start script and {@link Relaunch} choose the same commands and start them the same way, whole command line
     * and all: the list is written in both (the script decides before any JVM starts), and this ties them. The script
     * runs for real, with a {@code java} that prints what it was given. The JIT's options are {@link JvmFlags}'s: the quick
     * ones for the short commands, the run's for the others.
     */
    @Test
    void theStartScriptChoosesTheSameCommandsAndStartsThemTheSameWay() throws Exception {
        Files.write(cds.resolve("app.jsa"), new byte[] {1});
        Path fakeJava = Files.createDirectories(dir.resolve("jdk/bin")).resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$0\" \"$@\"\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
        Path script = Path.of("bin/dvcqg-adapter").toAbsolutePath();

        List<List<String>> commands = List.of(List.of("status"), List.of("status", "--json", "--lang", "en"),
                List.of("compliance", "--agency", "X"), List.of("replay", "--failed", "--dry-run"), List.of("replay", "--failed"),
                List.of("sync"), List.of("serve"), List.of("reconcile", "--sample", "5"), List.of("retention"), List.of("catalogue"),
                List.of("keys", "rotate"), List.of("backup"), List.of("demo"));
        for (List<String> command : commands) {
            List<String> run = new java.util.ArrayList<>(List.of("sh", script.toString()));
            run.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(run).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("JAVA") || k.startsWith("DVCQG") || k.endsWith("JAVA_OPTIONS"));
            pb.environment().putAll(Map.of("JAVA_HOME", dir.resolve("jdk").toString(), "DVCQG_ADAPTER_JAR", jar.toString(),
                    "DVCQG_ADAPTER_CDS", cds.toString()));
            Process p = pb.start();
            List<String> started = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
            assertThat(p.waitFor()).as(command + ": " + started).isZero();

            String[] args = command.toArray(String[]::new);
            var relaunch = Relaunch.plan(args, bare(args), fakeJava.toString(), jar.toString(), Map.of());
            boolean ledgerOnly = started.contains("-XX:SharedArchiveFile=" + cds.resolve("ledger-only.jsa"));
            assertThat(relaunch.isPresent()).as(command + ": the script started " + started).isEqualTo(ledgerOnly);
            relaunch.ifPresent(child -> assertThat(started).as(command.toString()).isEqualTo(child));
            boolean quick = ledgerOnly || command.get(0).equals("catalogue");
            assertThat(started).as(command + ": the JIT's options").containsSubsequence(quick ? JvmFlags.QUICK : JvmFlags.RUN)
                    .doesNotContainAnyElementsOf(quick ? JvmFlags.RUN : JvmFlags.QUICK);
        }
    }

    /** The demo from {@code mvn spring-boot:run} is a run too: the plugin starts its JVM with the same JIT options. */
    @Test
    void theDemoFromMavenRunsWithTheRunsJitOptions() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String plugin = pom.substring(pom.indexOf("<artifactId>spring-boot-maven-plugin</artifactId>"));
        assertThat(plugin.substring(plugin.indexOf("<jvmArguments>"), plugin.indexOf("</jvmArguments>"))).contains(JvmFlags.RUN_LINE);
    }
}
