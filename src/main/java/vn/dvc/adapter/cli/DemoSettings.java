package vn.dvc.adapter.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.system.OwnerOnly;

/**
 * The demo's ledger as every command finds it after the demo: {@code --demo} (or the {@code demo} profile)
 * on any command selects the demo profile (its H2 ledger under {@code data/demo}, its credentials and users),
 * the key the demo made beside its ledger ({@link DemoKey}), and the simulators {@code simulate --demo}
 * runs: their addresses are in {@code data/demo/simulators.properties} while it runs, else the profile's
 * ports 8081 and 8082. A setting given on the command line still wins.
 */
final class DemoSettings {

    static final String SWITCH = "--demo";
    static final String PROFILE = "demo";
    static final Path FOLDER = Path.of("data", "demo");
    /** The running simulators' addresses, written by {@code simulate --demo} and deleted when it stops. */
    static final Path SIMULATORS = FOLDER.resolve("simulators.properties");
    /** What the demo's portal held when the demo ended (simulator/PortalSnapshot), for {@code simulate --demo}. */
    static final Path PORTAL = FOLDER.resolve("portal.json.gz");

    private DemoSettings() {
    }

    /** Whether the command runs on the demo's ledger: the switch, the profile named on the command line, or the command's own. */
    static boolean selected(List<String> args, String... profiles) {
        return Arrays.asList(profiles).contains(PROFILE) || args != null && args.stream().anyMatch(a -> SWITCH.equals(a)
                || a.matches("--spring\\.profiles\\.active=(.*,)?" + PROFILE + "(,.*)?"));
    }

    /** The arguments Spring gets: all but the switch. */
    static List<String> springArgs(List<String> args) {
        return args == null ? List.of() : args.stream().filter(a -> !SWITCH.equals(a)).toList();
    }

    /** The command's profiles and the demo's. */
    static String[] profiles(String... profiles) {
        List<String> all = new ArrayList<>(Arrays.asList(profiles));
        if (!all.contains(PROFILE)) {
            all.add(PROFILE);
        }
        return all.toArray(String[]::new);
    }

    /** The demo ledger's key, and the addresses of the simulators {@code simulate --demo} runs, if it runs. */
    static Map<String, Object> settings() {
        Map<String, Object> out = new HashMap<>();
        out.put("adapter.ledger.encryption.key", DemoKey.ensure(FOLDER));
        out.put("adapter.ledger.encryption.key-id", DemoKey.KEY_ID);
        if (Files.isRegularFile(SIMULATORS)) {
            Properties running = new Properties();
            try (Reader in = Files.newBufferedReader(SIMULATORS, StandardCharsets.UTF_8)) {
                running.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + SIMULATORS.toAbsolutePath(), e);
            }
            running.forEach((k, v) -> out.put((String) k, v));
        }
        return out;
    }

    /** Where the simulators of {@code simulate --demo} listen, for the commands run with {@code --demo}. */
    static void simulatorsRunning(Simulators sims) {
        String text = "# written by `simulate --demo` while it runs; read by the commands run with --demo\n"
                + "adapter.source.url=" + sims.source().url() + "\n"
                + "adapter.portal.url=" + sims.portal().url() + "\n"
                + "adapter.sso.jwks-url=" + sims.portal().url() + "/sso/jwks\n";
        OwnerOnly.write(SIMULATORS, text.getBytes(StandardCharsets.UTF_8));
    }
}
