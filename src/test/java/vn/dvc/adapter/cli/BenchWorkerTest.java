package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

import vn.dvc.adapter.bench.Job;
import vn.dvc.adapter.bench.Mode;

/** What `bench` hands a child JVM (`bench worker` and its options) is the job it measures, whole. */
class BenchWorkerTest {

    @Test
    void aWarmJobReachesTheChildWhole() {
        Job job = new Job(Mode.ADAPTER, 100_000, "http://127.0.0.1:4001/api", "http://127.0.0.1:4002", "jdbc:h2:file:/tmp/a",
                "sa", "", 100, 500, 4, 0, Path.of("/tmp/oracle-100000"), "https://sso.example", "dvcqg", Path.of("/tmp/a.jfr"),
                new Job.WarmUp("http://127.0.0.1:4003", "jdbc:h2:file:/tmp/b", "sa", "", Instant.parse("2026-03-01T02:03:04.999Z")));

        assertThat(parsed(job)).isEqualTo(job);
    }

    @Test
    void aColdJobWithoutLedgerOrRecordingReachesTheChildWhole() {
        Job job = new Job(Mode.CEILING, 200, "http://127.0.0.1:4001/api", "http://127.0.0.1:4002", null, null, null, 50, 80, 2,
                0, Path.of("/tmp/oracle"), "https://sso.example", "dvcqg", null, null);

        assertThat(parsed(job)).isEqualTo(job);
    }

    private static Job parsed(Job job) {
        BenchCommand.WorkerCommand worker = new BenchCommand.WorkerCommand();
        new CommandLine(worker).parseArgs(job.arguments());
        return worker.job();
    }
}
