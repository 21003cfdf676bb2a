package vn.dvc.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, item 4: the README's one test command is {@code bin/test}, which passes on a machine with only
 * a JDK and Maven: it installs what the tests need and lacks from Debian's packages (with sudo when not
 * root) and then runs {@code mvn -B verify}. Here it runs against stand-ins of {@code id}, {@code sudo},
 * {@code apt-get}, {@code mvn} (and, where a case has them, the programs it looks for) that write down
 * how they were called; {@code .ci/run} calls it, and the README says so.
 */
class TestCommandTest {

    private static final boolean MARIADB_HERE = Files.isExecutable(Path.of("/usr/sbin/mariadbd"));

    private record Ran(int exit, List<String> calls, String err) {}

    private static Ran run(Path stubs, int uid, String... present) throws Exception {
        Path log = stubs.resolve("calls.log");
        stub(stubs, "id", "echo " + uid);
        stub(stubs, "sudo", "echo \"sudo $*\" >> " + log + "; exec \"$@\"");
        stub(stubs, "apt-get", "echo \"apt-get $*\" >> " + log);
        stub(stubs, "mvn", "echo \"mvn $*\" >> " + log);
        for (String program : present) {
            stub(stubs, program, "exit 0");
        }
        Files.createSymbolicLink(stubs.resolve("env"), Path.of("/usr/bin/env"));
        Path err = stubs.resolve("err.txt");
        ProcessBuilder pb = new ProcessBuilder("/bin/bash", Path.of("bin/test").toAbsolutePath().toString(), "-o", "-Dtest=none")
                .redirectError(err.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("PATH", stubs.toString());
        Process p = pb.start();
        assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
        List<String> calls = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8) : List.of();
        return new Ran(p.exitValue(), calls, Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void stub(Path dir, String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/bash\n" + body + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void onAFreshMachineItInstallsWhatTheTestsNeedWithSudoThenRunsTheSuite(@TempDir Path stubs) throws Exception {
        Ran r = run(stubs, 1000);

        List<String> packages = new ArrayList<>(List.of("chromium", "chromium-driver"));
        if (!MARIADB_HERE) {
            packages.add("mariadb-server");
        }
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.calls()).containsExactly(
                "sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq",
                "apt-get update -qq",
                "sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq " + String.join(" ", packages),
                "apt-get install -y -qq " + String.join(" ", packages),
                "mvn -B -ntp verify -o -Dtest=none");
    }

    @Test
    void asRootItNeedsNoSudoAndWithEverythingPresentItInstallsNothing(@TempDir Path root, @TempDir Path ready) throws Exception {
        Ran asRoot = run(root, 0, "chromedriver");
        Ran allThere = run(ready, 1000, "chromium", "chromedriver", "mariadbd");

        assertThat(asRoot.calls()).noneMatch(c -> c.startsWith("sudo")).contains("mvn -B -ntp verify -o -Dtest=none")
                .anyMatch(c -> c.startsWith("apt-get install -y -qq chromium") && !c.contains("chromium-driver"));
        assertThat(allThere.calls()).containsExactly("mvn -B -ntp verify -o -Dtest=none");
    }

    @Test
    void theReadmesTestCommandIsTheScriptAndCiRunsIt() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String twoCommands = readme.substring(readme.indexOf("## Two commands"), readme.indexOf("\n## ", readme.indexOf("## Two commands") + 5));

        assertThat(twoCommands).contains("```sh\nbin/test\n```").doesNotContain("```sh\nmvn verify\n```");
        assertThat(Files.readString(Path.of(".ci/run"))).contains("bin/test");
        assertThat(Files.isExecutable(Path.of("bin/test"))).isTrue();
        assertThat(Files.readString(Path.of("src/assembly/distribution.xml"))).doesNotContain("bin/test");
    }
}
