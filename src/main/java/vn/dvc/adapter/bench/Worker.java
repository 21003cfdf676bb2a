package vn.dvc.adapter.bench;

import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Runs one {@link Job} in this JVM and says how it went; a child JVM prints the result as one line
 * starting with {@link #RESULT} for the parent to read.
 */
public final class Worker {

    static final String RESULT = "BENCH-RESULT ";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Worker() {
    }

    /** Never throws: a failure is a measurement that says why. */
    public static Measurement run(Job job) {
        try {
            if (job.mode() == Mode.ADAPTER) {
                return AdapterRun.run(job);
            }
            try (BarePipeline pipeline = new BarePipeline(job);
                 HeapWatch watch = new HeapWatch().start();
                 Recorder jfr = Recorder.start(job.jfr())) {
                return pipeline.run(watch);
            }
        } catch (Exception | OutOfMemoryError e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return Measurement.failed(job.mode(), root.getClass().getSimpleName() + ": " + root.getMessage());
        }
    }

    /** The line a child prints. */
    public static String line(Measurement m) {
        try {
            return RESULT + JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Measurement parse(String line) {
        try {
            return JSON.readValue(line.substring(RESULT.length()), Measurement.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
