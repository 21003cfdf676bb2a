package vn.dvc.adapter.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * {@code java -jar dvcqg-adapter.jar status} started as {@code bin/dvcqg-adapter status} is. A jar cannot choose
 * its JVM's options, and a bare {@code java -jar} spends 5–6 s on a command the script answers in under 2: the
 * optimising compiler and G1 on two cores, ~7,700 classes read from the packed jar and verified one by one. So
 * when the JVM was started with nothing but {@code -jar} and the script's archive for this jar is ready beside
 * it ({@code cds/}, which {@code mvn package} and the distribution's first command make), the commands that only
 * read the ledger ({@link LedgerOnly}: {@code status}, {@code compliance}, {@code replay --dry-run}) run in a child
 * JVM started the script's way: the extracted jar, its ledger-only archive, the JIT's first tier and the serial
 * collector. The child inherits the standard streams, the working folder and the environment; its exit code
 * is this one's; stopping this JVM stops it. Any JVM option (or {@code JAVA_TOOL_OPTIONS}, {@code JDK_JAVA_OPTIONS}, {@code _JAVA_OPTIONS})
 * leaves the command in this JVM, as before, so an operator's own options always hold; so do
 * {@code DVCQG_ADAPTER_CDS=off} and an archive that is missing or made for another jar (older, or of another size). The same choice of
 * commands and options is in {@code bin/dvcqg-adapter}; {@code RelaunchTest} runs the script and holds the two together.
 */
final class Relaunch {

    private Relaunch() {
    }

    /** The command ran in a child JVM: its exit code; empty when it runs here. */
    static OptionalInt ifQuicker(String[] args) {
        ProcessHandle.Info self = ProcessHandle.current().info();
        Optional<List<String>> command = plan(args, self.arguments().map(List::of).orElse(List.of()),
                self.command().orElse(null), System.getProperty("java.class.path"), System.getenv());
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        // stopping this JVM stops the child: the hook is in place before the child exists
        AtomicReference<Process> started = new AtomicReference<>();
        try {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                Process running = started.get();
                if (running != null) {
                    running.destroy();
                    try {
                        running.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }, "stop-child"));
        } catch (IllegalStateException stopping) {
            return OptionalInt.of(130);   // this JVM is already shutting down: nothing to start
        }
        Process child;
        try {
            child = new ProcessBuilder(command.get()).inheritIO().start();
            started.set(child);
        } catch (IOException e) {
            return OptionalInt.empty();   // then here, slower
        }
        try {
            return OptionalInt.of(child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return OptionalInt.of(130);
        }
    }

    /**
     * The child's command line, or empty to run here.
     *
     * @param jvmArgs   this JVM's arguments after the {@code java} executable ({@code -jar JAR ARGS…} for a bare start)
     * @param java      this JVM's executable
     * @param classPath this JVM's class path: the jar, for {@code java -jar}
     */
    static Optional<List<String>> plan(String[] args, List<String> jvmArgs, String java, String classPath,
                                       Map<String, String> env) {
        if (!ledgerOnly(args) || java == null || classPath == null || classPath.contains(File.pathSeparator)
                || jvmArgs.size() < 2 || !"-jar".equals(jvmArgs.get(0))
                || Stream.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS").anyMatch(env::containsKey)) {
            return Optional.empty();
        }
        File jar = new File(classPath).getAbsoluteFile();
        String cdsSetting = env.get("DVCQG_ADAPTER_CDS");
        if ("off".equals(cdsSetting) || !jar.isFile()) {
            return Optional.empty();
        }
        File cds = cdsSetting != null && !cdsSetting.isEmpty() ? new File(cdsSetting) : new File(jar.getParentFile(), "cds");
        File ready = new File(cds, "ready");
        File archive = new File(cds, "ledger-only.jsa");
        File extracted = new File(cds, jar.getName());
        if (!ready.isFile() || ready.lastModified() < jar.lastModified() || !madeFor(ready, jar) || archive.length() == 0
                || !extracted.isFile() || extracted.getAbsoluteFile().equals(jar)) {
            return Optional.empty();
        }
        List<String> child = new ArrayList<>(List.of(java, "-XX:SharedArchiveFile=" + archive.getAbsolutePath(), "-Xshare:auto",
                "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        child.addAll(JvmFlags.QUICK);
        child.add("-jar");
        child.add(extracted.getAbsolutePath());
        child.addAll(List.of(args));
        return Optional.of(child);
    }

    /** The archive was made for a jar of this size, as the script writes in {@code ready} (an older release unpacked over it is not). */
    private static boolean madeFor(File ready, File jar) {
        try {
            return Files.readString(ready.toPath()).strip().equals(String.valueOf(jar.length()));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * {@code status}, {@code compliance}, {@code replay … --dry-run}: the short commands that only read the ledger in
     * {@link Boot#LEDGER_ONLY}'s context ({@code backup}, {@code retention} and {@code keys} use it too, but copy or write
     * the ledger and start as the other commands do). The script's list is the same ({@code RelaunchTest}), and each of
     * these starts {@link LedgerOnly}'s context ({@code LedgerOnlyTest}).
     */
    static boolean ledgerOnly(String[] args) {
        if (args.length == 0) {
            return false;
        }
        return switch (args[0]) {
            case "status", "compliance" -> true;
            case "replay" -> List.of(args).contains("--dry-run");
            default -> false;
        };
    }
}
