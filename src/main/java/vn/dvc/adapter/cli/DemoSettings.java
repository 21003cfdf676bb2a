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
        running(SIMULATORS).forEach((k, v) -> out.put((String) k, v));
        return out;
    }

    /** The addresses a running {@code simulate --demo} wrote there; none when it does not run. */
    private static Properties running(Path simulators) {
        Properties running = new Properties();
        if (Files.isRegularFile(simulators)) {
            try (Reader in = Files.newBufferedReader(simulators, StandardCharsets.UTF_8)) {
                running.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + simulators.toAbsolutePath(), e);
            }
        }
        return running;
    }

    /**
     * What holds the demo's data now, in one bilingual line, or null when nothing does: a process with the demo's H2
     * ledger open (a {@code serve --demo}: H2 locks its file while open), or a {@code simulate --demo} whose portal still
     * answers (it writes its portal over the demo's when it stops). A new demo deletes the ledger and the portal's copy:
     * under a running {@code serve} that split them in two, and the next reconcile found every dossier drifted.
     */
    static String inUse(Path folder) {
        if (Files.isDirectory(folder)) {
            try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                for (Path db : files.filter(f -> f.getFileName().toString().endsWith(".mv.db")).toList()) {
                    if (locked(db)) {
                        return "Sổ cái của buổi chạy thử (" + db + ") đang mở trong một tiến trình khác (serve --demo?): dừng nó"
                                + " trước khi chạy thử lại, vì buổi chạy thử bắt đầu từ sổ cái trống. / The demo's ledger (" + db
                                + ") is open in another process (serve --demo?): stop it before a new demo, which starts from an"
                                + " empty ledger.";
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + folder.toAbsolutePath(), e);
            }
        }
        Object portal = running(folder.resolve(SIMULATORS.getFileName())).get("adapter.portal.url");
        if (portal != null && answers(String.valueOf(portal))) {
            return "`simulate --demo` đang chạy (Cổng giả lập ở " + portal + "): dừng nó (Ctrl-C) trước khi chạy thử lại, vì khi"
                    + " dừng nó ghi dữ liệu cổng của nó đè lên của buổi chạy thử mới. / `simulate --demo` is running (its portal at "
                    + portal + "): stop it (Ctrl-C) before a new demo, as it writes its portal over the new demo's when it stops."
                    + " (Nothing of ours there? Delete " + folder.resolve(SIMULATORS.getFileName()) + ".)";
        }
        return null;
    }

    /** Another process holds H2's lock on the file (a lock of this JVM's own counts too). */
    private static boolean locked(Path db) {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(db, java.nio.file.StandardOpenOption.READ,
                java.nio.file.StandardOpenOption.WRITE)) {
            java.nio.channels.FileLock lock = ch.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            return false;   // unreadable or gone: the delete that follows says so
        }
    }

    private static boolean answers(String url) {
        try (java.net.Socket socket = new java.net.Socket()) {
            java.net.URI uri = java.net.URI.create(url);
            socket.connect(new java.net.InetSocketAddress(uri.getHost(), uri.getPort()), 500);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;   // a file left by a simulator that was killed: nothing answers there
        }
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
