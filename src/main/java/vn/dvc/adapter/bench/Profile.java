package vn.dvc.adapter.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes in a JFR recording: execution samples by phase ({@link Phases}), the hottest
 * frames of each phase (self time), and the GC's pauses. {@code bench profile FILE.jfr...}
 */
public final class Profile {

    private final Map<String, Integer> byPhase = new HashMap<>();
    private final Map<String, Map<String, Integer>> topByPhase = new HashMap<>();
    private final Map<String, Map<String, Integer>> callersByPhase = new HashMap<>();
    private int samples;
    private int collections;
    private Duration pauses = Duration.ZERO;

    /** Reads every recording given and prints one summary of all of them. */
    public static String summarise(List<Path> files, int top) throws IOException {
        Profile p = new Profile();
        for (Path f : files) {
            p.read(f);
        }
        return p.render(files, top);
    }

    private void read(Path file) throws IOException {
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            switch (e.getEventType().getName()) {
                case "jdk.ExecutionSample" -> sample(e.getStackTrace(), e);
                case "jdk.GarbageCollection" -> {
                    collections++;
                    pauses = pauses.plus(e.getDuration("sumOfPauses"));
                }
                default -> {
                }
            }
        }
    }

    private void sample(RecordedStackTrace stack, RecordedEvent e) {
        samples++;
        String phase = Phases.of(stack, e.getThread("sampledThread"));
        byPhase.merge(phase, 1, Integer::sum);
        String top = stack == null || stack.getFrames().isEmpty() ? "?" : Phases.name(stack.getFrames().get(0));
        topByPhase.computeIfAbsent(phase, k -> new HashMap<>()).merge(top, 1, Integer::sum);
        callersByPhase.computeIfAbsent(phase, k -> new HashMap<>()).merge(Phases.ownCaller(stack, e.getThread("sampledThread")), 1, Integer::sum);
    }

    private String render(List<Path> files, int top) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "%,d execution samples (every ~10 ms per running thread) in %s%n%n", samples,
                files.stream().map(f -> f.getFileName().toString()).toList()));
        s.append("| phase | samples | share | hottest frames (self) | from (the project's innermost method) |\n"
                + "|---|---:|---:|---|---|\n");
        sorted(byPhase).forEach((phase, n) -> s.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", phase, n,
                percent(n), list(topByPhase.get(phase), top), list(callersByPhase.get(phase), top))));
        s.append(String.format(Locale.ROOT, "%nGC: %,d collections, %.2f s of pauses%n", collections,
                pauses.toNanos() / 1e9));
        return s.toString();
    }

    private String list(Map<String, Integer> counts, int top) {
        StringBuilder out = new StringBuilder();
        sorted(counts).entrySet().stream().limit(top).forEach(f -> out.append(out.isEmpty() ? "" : "; ")
                .append(shortName(f.getKey())).append(' ').append(percent(f.getValue())));
        return out.toString();
    }

    private String percent(int n) {
        return String.format(Locale.ROOT, "%.1f%%", samples == 0 ? 0 : 100.0 * n / samples);
    }

    /** "com.fasterxml.jackson.core.json.UTF8StreamJsonParser._parseName" becomes "UTF8StreamJsonParser._parseName". */
    private static String shortName(String frame) {
        if (frame.startsWith("vn.dvc.adapter.")) {
            frame = frame.substring(frame.indexOf('.', "vn.dvc.adapter.".length()) + 1);
        }
        int method = frame.lastIndexOf('.');
        if (method < 0) {
            return frame;
        }
        int type = frame.lastIndexOf('.', method - 1);
        return frame.substring(type + 1);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
