package vn.dvc.adapter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.SourceSimulator;

/**
 * CI's smoke check of the benchmark: on a tiny data set it runs end to end (the real adapter on H2,
 * from the export API, warm after a first run in the same JVM, and from an OpenCPS database, the ceiling, the naive baseline), prints its table and profiles the runs; and a child JVM measures
 * and reports back. No timing is asserted: the figures of a shared CI machine mean nothing, the
 * benchmark working does.
 */
class BenchSmokeTest {

    @Test
    void aTinyBenchRunsEndToEndAndPrintsItsTable(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BenchOptions options = new BenchOptions(List.of(300), List.of("h2"), List.of("api", "opencps"), 100, 100, List.of(1), 0, 0, 100, null,
                List.of(), false, dir.resolve("jfr"), 64, dir.resolve("report.md"), true);

        List<Row> rows = new Bench(options, new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run();

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).hasSize(3);
        Row row = rows.get(0);
        Row warm = rows.get(1);
        Row fromOpenCps = rows.get(2);
        assertThat(warm.database()).isEqualTo("h2, warm");
        assertThat(warm.adapter().status()).as(warm.adapter().message()).isEqualTo("OK");
        assertThat(warm.correct()).as("after its warm-up run elsewhere, the adapter sent what a correct adapter sends").isTrue();
        // the warm-up ran: its own portal took what a correct adapter sends of the 300
        assertThat(report).contains("first synced the last 300 dossiers into another ledger and portal (unmeasured, "
                + row.expected() + " at that portal)");
        assertThat(fromOpenCps.database()).isEqualTo("h2 ← opencps");
        assertThat(fromOpenCps.adapter().status()).as(fromOpenCps.adapter().message()).isEqualTo("OK");
        assertThat(fromOpenCps.correct()).as("from OpenCPS's tables, the adapter sent what a correct adapter sends").isTrue();
        assertThat(row.adapter().status()).as(row.adapter().message()).isEqualTo("OK");
        assertThat(row.ceiling().status()).as(row.ceiling().message()).isEqualTo("OK");
        assertThat(row.naive().status()).as(row.naive().message()).isEqualTo("OK");
        assertThat(row.correct()).as("the adapter sent what a correct adapter sends").isTrue();
        assertThat(row.expected()).isBetween(250, 299);
        assertThat(row.ceiling().sent()).isEqualTo(row.expected());
        assertThat(row.naive().dossiers()).isEqualTo(100);
        assertThat(row.adapter().unchangedPulled()).isLessThan(5);
        assertThat(report).contains("| dossiers | db | conc. | adapter /s | ceiling /s | naive /s | adapter ÷ ceiling")
                .containsPattern("\\| 300 \\| h2 \\| 1 \\| [\\d,]+ \\| [\\d,]+ \\| [\\d,]+ \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\|")
                .contains("Machine: ");
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(report);

        List<Path> recordings;
        try (Stream<Path> files = Files.list(dir.resolve("jfr"))) {
            recordings = files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList();
        }
        assertThat(recordings).hasSize(10); // adapter (from the API, warm, from OpenCPS), ceiling, naive; each with its simulators
        String profile = Profile.summarise(recordings, 3);
        assertThat(profile).contains("| phase | samples | share | hottest frames (self) |").contains("GC: ");
    }

    /** What `bench` does by default: the measured pipeline in a child JVM started like this one, with the script's options for a run. */
    @Test
    void aChildJvmMeasuresAndReportsBack(@TempDir Path dir) throws Exception {
        DemoData data = DemoData.benchmark(200);
        Oracle oracle = Oracle.of(data);
        Path log = dir.resolve("child.log");
        try (SourceSimulator source = new SourceSimulator(data).start(0);
             PortalSimulator portal = new PortalSimulator(data, PortalSimulator.Credentials.demo(), false).start(0)) {
            Job job = new Job(Mode.CEILING, 200, source.url().toString(), portal.url().toString(), null, null, null, 50, 80,
                    2, 0, oracle.write(dir.resolve("oracle")), data.ssoIssuer(), data.ssoAudience(), null, null);

            Measurement m = ChildJvm.run(job, "256m", vn.dvc.adapter.cli.JvmFlags.RUN, log);   // a JVM that refused them would not start

            assertThat(m.status()).as(m.message() + "\n" + Files.readString(log)).isEqualTo("OK");
            assertThat(m.dossiers()).isEqualTo(200);
            assertThat(m.sent()).isEqualTo(oracle.expected()).isEqualTo(portal.dossiers().size());
            assertThat(m.maxHeapMb()).isBetween(200L, 256L);
        }
    }
}
