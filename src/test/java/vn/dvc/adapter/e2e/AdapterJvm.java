package vn.dvc.adapter.e2e;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;

/**
 * The command line of the real jar (built by {@code mvn package}) for the tests that start it as
 * an operator would: a command pointed at both simulators with their demo credentials. The JIT's
 * first tier and the serial collector keep a child's CPU low on a shared machine.
 */
final class AdapterJvm {

    private AdapterJvm() {
    }

    static String jar() {
        return new File(System.getProperty("adapter.jar", "target/dvcqg-adapter.jar")).getAbsolutePath();
    }

    /** {@code java -jar dvcqg-adapter.jar COMMAND} with the systems' settings, then {@code extra}. */
    static List<String> command(String command, Simulators sims, DemoData data, String... extra) {
        var demo = PortalSimulator.Credentials.demo();
        List<String> cmd = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Dsun.net.httpserver.nodelay=true", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", jar(), command,
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
