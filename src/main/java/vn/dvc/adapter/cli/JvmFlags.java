package vn.dvc.adapter.cli;

import java.util.List;

/**
 * The JVM options {@code bin/dvcqg-adapter} starts each command with (the script writes the same lists;
 * {@code RelaunchTest} runs it and holds the two together). A jar cannot choose its JVM's options, so a bare
 * {@code java -jar} runs with the JVM's own unless the operator writes these after {@code java} ({@code JAVA_OPTS}
 * is the script's, and comes after them there).
 */
public final class JvmFlags {

    /**
     * The short commands (status, compliance, a dry run of replay, catalogue, --help): the JIT's first tier only and
     * the serial collector halve the CPU a start costs; the optimising tier pays off only in a long run.
     */
    public static final List<String> QUICK = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    /**
     * Every other command (sync, serve, demo, reconcile, replay, backup…, and the JVMs {@code bench} measures): the
     * optimising compiler inlines six calls deep instead of 15, into compiled methods of up to 500 bytes of code instead
     * of 2,500, and hot methods of up to 50 bytecodes instead of 325. On two cores the JDK's defaults keep its one C2
     * thread compiling through a whole 100,000-dossier sync (48.6 s of compiling in a JVM that lived 54 s) while the
     * sync waits in profiled first-tier code; with these, a cold sync of 100,000 costs about a third less CPU and ends
     * about a quarter sooner, and a warm one gains as much (docs/benchmarks.md, "The optimising compiler's inlining").
     */
    public static final String RUN_LINE = "-XX:MaxInlineLevel=6 -XX:InlineSmallCode=500 -XX:FreqInlineSize=50";

    /** {@link #RUN_LINE}'s options. */
    public static final List<String> RUN = options(RUN_LINE);

    private JvmFlags() {
    }

    /** Options written on one line, space-separated, as the script and {@code bench --jvm} take them. */
    public static List<String> options(String line) {
        return java.util.Arrays.stream(line.trim().split("\\s+")).filter(o -> !o.isEmpty()).toList();
    }
}
