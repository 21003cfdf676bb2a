package vn.dvc.adapter.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;

/**
 * Runs a {@link Job} in a child JVM started the way this one was (the executable jar, or the class
 * path Maven or the tests gave): its heap, its GC and its CPU time are then the measured pipeline's
 * alone, not the simulators', and {@code -Xmx} limits only the adapter; it takes the JIT's options the start script gives
 * a sync ({@code JvmFlags.RUN}, or {@code bench --jvm}), so that what is measured is what an operator runs. Its log goes to a file.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /** Runs the job in a JVM with this heap limit (null: the JVM's default) and these further options (the start script's for a run). */
    static Measurement run(Job job, String xmx, List<String> jvm, Path log) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (xmx != null) {
            command.add("-Xmx" + xmx);
        }
        command.addAll(jvm);
        command.add("-Dsun.net.httpserver.nodelay=true");
        command.add("-Dfile.encoding=UTF-8");
        command.add("-Duser.timezone=" + System.getProperty("user.timezone", "UTC"));
        // adapter settings given to bench as -Dadapter.…=… apply to the measured adapter (e.g. the portal's rate limit)
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith("adapter.")).sorted()
                .forEach(k -> command.add("-D" + k + "=" + System.getProperty(k)));
        command.addAll(launcher());
        command.add("bench");
        command.add("worker");
        command.addAll(List.of(job.arguments()));
        Process child = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Measurement result = null;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             PrintStream copy = new PrintStream(Files.newOutputStream(log, java.nio.file.StandardOpenOption.APPEND), true,
                     StandardCharsets.UTF_8)) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(Worker.RESULT)) {
                    result = Worker.parse(line);
                } else {
                    copy.println(line);
                }
            }
        }
        int exit = child.waitFor();
        if (result == null) {
            return Measurement.failed(job.mode(), "the child JVM ended (exit " + exit + ") without a result; see " + log);
        }
        return result;
    }

    /** {@code -jar the.jar} when started from the executable jar, else the class path and the main class. */
    static List<String> launcher() throws IOException {
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            try (JarFile jar = new JarFile(classPath)) {
                if (jar.getManifest() != null && jar.getManifest().getMainAttributes().getValue("Start-Class") != null) {
                    return List.of("-jar", classPath);
                }
            }
        }
        return List.of("-cp", classPath, "vn.dvc.adapter.AdapterApplication");
    }
}
