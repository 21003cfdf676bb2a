package vn.dvc.adapter.e2e;

import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;

/**
 * The command line of the real jar (built by {@code mvn package}) for the tests that start it as
 * an operator would: a command pointed at both simulators with their demo credentials. The JIT's
 * first tier and the serial collector keep a child's CPU low on a shared machine, and the jar starts
 * as {@code bin/dvcqg-adapter} starts a command: extracted, with the class-data archive {@code mvn package}
 * made beside it ({@code target/cds}; a command starts in about 2 s instead of 4.5), or packed when there is
 * none (a build with {@code -Dcds.skip}). Unlike the script it uses the archive for {@code --help} too, and
 * reads no {@code DVCQG_ADAPTER_CDS}. StartIT and DistributionIT start the packed jar and the script
 * themselves.
 */
final class AdapterJvm {

    private AdapterJvm() {
    }

    static String jar() {
        return new File(System.getProperty("dvcqg.jar", "target/dvcqg-adapter.jar")).getAbsolutePath();
    }

    /** The extracted jar beside its archive when {@code mvn package} made them for this jar, else null. */
    private static File extracted() {
        File packed = new File(jar());
        File cds = new File(packed.getParentFile(), "cds");
        File ready = new File(cds, "ready");
        File archive = new File(cds, "app.jsa");
        File app = new File(cds, packed.getName());
        boolean current = ready.isFile() && ready.lastModified() >= packed.lastModified() && archive.length() > 0 && app.isFile();
        return current ? app : null;
    }

    /** The jar the tests run: the extracted one when its archive is ready, else the packed one. */
    static String jarInUse() {
        return jarInUse(extracted());
    }

    private static String jarInUse(File extracted) {
        return extracted == null ? jar() : extracted.getAbsolutePath();
    }

    /** {@code java OPTIONS [the archive] -jar JAR}: the JVM with the JIT's first tier, then the command's arguments. */
    static List<String> java(String... options) {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1"));
        Collections.addAll(cmd, options);
        File app = extracted();
        if (app != null) {
            // -Xshare:auto: a stale archive is ignored (slower, never wrong), as the start script does
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + new File(app.getParentFile(), "app.jsa").getAbsolutePath(),
                    "-Xshare:auto", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(List.of("-jar", jarInUse(app)));
        return cmd;
    }

    /** {@code java -jar dvcqg-adapter.jar COMMAND} with the systems' settings, then {@code extra}. */
    static List<String> command(String command, Simulators sims, DemoData data, String... extra) {
        var demo = PortalSimulator.Credentials.demo();
        List<String> cmd = new ArrayList<>(java("-Dsun.net.httpserver.nodelay=true", "-XX:+UseSerialGC"));
        cmd.addAll(List.of(command,
                "--adapter.source.url=" + sims.source().url(), "--adapter.portal.url=" + sims.portal().url(),
                "--adapter.portal.client-id=" + demo.clientId(), "--adapter.portal.client-secret=" + demo.clientSecret(),
                "--adapter.portal.username=" + demo.username(), "--adapter.portal.password=" + demo.password(),
                "--adapter.portal.madonvi=" + demo.madonvi(),
                "--adapter.sso.jwks-url=" + sims.portal().url() + "/sso/jwks", "--adapter.sso.issuer=" + data.ssoIssuer(),
                "--adapter.sso.audience=" + data.ssoAudience(),
                "--adapter.ledger.encryption.key=" + vn.dvc.adapter.TestProperties.LEDGER_KEY));
        cmd.addAll(List.of(extra));
        return cmd;
    }
}
