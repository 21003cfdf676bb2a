package vn.dvc.adapter.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.text.ParseException;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A JFR recording (the "profile" settings: execution samples every 10 ms) of the measured part only. */
final class Recorder implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Recorder(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    /** Starts recording to {@code file}; nothing when it is null. */
    static Recorder start(Path file) throws IOException {
        if (file == null) {
            return new Recorder(null, null);
        }
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.setName("bench");
            r.start();
            return new Recorder(r, file);
        } catch (ParseException e) {
            throw new IOException("the JDK's JFR profile settings do not parse", e);
        }
    }

    @Override
    public void close() throws IOException {
        if (recording != null) {
            recording.stop();
            recording.dump(file);
            recording.close();
        }
    }
}
