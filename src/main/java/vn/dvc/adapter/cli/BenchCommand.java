package vn.dvc.adapter.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.dvc.adapter.bench.Bench;
import vn.dvc.adapter.bench.BenchOptions;
import vn.dvc.adapter.bench.Job;
import vn.dvc.adapter.bench.Mode;
import vn.dvc.adapter.bench.Profile;
import vn.dvc.adapter.bench.Worker;

@Command(name = "bench", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:một lần đo thất bại / a measured run failed", "2:tuỳ chọn sai / bad option"},
         subcommands = {BenchCommand.WorkerCommand.class, BenchCommand.ProfileCommand.class},
        description = {"Đo thông lượng và bộ nhớ của bộ chuyển đổi so với trần của máy và cách làm đơn giản.",
                "Throughput and footprint of the adapter against the ceiling and a naive baseline (docs/benchmarks.md)."})
class BenchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "10000,100000", paramLabel = "N", description = "data set sizes (default ${DEFAULT-VALUE})")
    List<Integer> sizes;

    @Option(names = "--db", split = ",", defaultValue = "h2,postgres", description = "h2, postgres (default ${DEFAULT-VALUE})")
    List<String> databases;

    @Option(names = "--source", split = ",", defaultValue = "api", description = "api, opencps: the export API's simulator, an OpenCPS"
            + " database on embedded PostgreSQL read through the opencps profile (default ${DEFAULT-VALUE})")
    List<String> sources;

    @Option(names = "--batch", defaultValue = "100", description = "dossiers per DongBoHoSoMC (default ${DEFAULT-VALUE})")
    int batch;

    @Option(names = "--page", defaultValue = "500", description = "dossiers per source page (default ${DEFAULT-VALUE})")
    int page;

    @Option(names = "--latency-ms", defaultValue = "0", description = "delay of every simulator reply (default ${DEFAULT-VALUE})")
    int latencyMs;

    @Option(names = "--concurrency", split = ",", defaultValue = "1", description = "adapter.sync.concurrency values (default ${DEFAULT-VALUE})")
    List<Integer> concurrency;

    @Option(names = "--rate-limit", defaultValue = "0", description = "portal calls per second, 0: none (default ${DEFAULT-VALUE})")
    int rateLimit;

    @Option(names = "--naive-max", defaultValue = "10000", description = "dossiers the naive baseline runs on at most (default ${DEFAULT-VALUE})")
    int naiveMax;

    @Option(names = "--xmx", paramLabel = "SIZE", description = "heap limit of the measured JVMs, e.g. 256m (default: the JVM's)")
    String xmx;

    @Option(names = "--jvm", paramLabel = "OPTIONS", description = "options of the measured JVMs, space-separated (default: the start"
            + " script's for a run, " + JvmFlags.RUN_LINE + "; \"\" for the JVM's own)")
    String jvm;

    @Option(names = "--warm", description = "also measure the adapter in a JVM that has synced first (the data set's last 20,000"
            + " dossiers, or all of a smaller one, into another ledger and portal): what `serve` costs after its first run")
    boolean warm;

    @Option(names = "--in-process", description = "measure in this JVM instead of child JVMs (quicker; heap figures include the simulators)")
    boolean inProcess;

    @Option(names = "--jfr", paramLabel = "DIR", description = "record every measured run and the simulators with JFR into DIR")
    Path jfr;

    @Option(names = "--cache-mb", defaultValue = "-1", description = "memory for pre-rendered source pages (default: half this JVM's heap)")
    long cacheMb;

    @Option(names = "--out", paramLabel = "FILE", description = "also write the report (markdown) to FILE")
    Path out;

    @Override
    public Integer call() throws Exception {
        long cache = cacheMb >= 0 ? cacheMb : Runtime.getRuntime().maxMemory() / 2 / (1024 * 1024);
        var rows = new Bench(new BenchOptions(sizes, databases, sources, batch, page, concurrency, latencyMs, rateLimit, naiveMax, xmx,
                JvmFlags.options(jvm == null ? JvmFlags.RUN_LINE : jvm),
                !inProcess, jfr, cache, out, warm), Boot.OUT, Boot.ERR).run();
        return rows.stream().allMatch(r -> r.correct() && r.ceiling().ok() && r.naive().ok()) ? Cli.OK : 1;
    }

    @Command(name = "worker", hidden = true, description = "One measured run (started by `bench` in a child JVM).")
    static class WorkerCommand implements Callable<Integer> {

        @Option(names = "--mode", required = true) Mode mode;
        @Option(names = "--dossiers", required = true) int dossiers;
        @Option(names = "--source", required = true) String source;
        @Option(names = "--portal", required = true) String portal;
        @Option(names = "--jdbc") String jdbc;
        @Option(names = "--jdbc-user") String jdbcUser;
        @Option(names = "--jdbc-password") String jdbcPassword;
        @Option(names = "--batch", required = true) int batch;
        @Option(names = "--page", required = true) int page;
        @Option(names = "--concurrency", defaultValue = "1") int concurrency;
        @Option(names = "--limit", defaultValue = "0") int limit;
        @Option(names = "--oracle", required = true) Path oracle;
        @Option(names = "--sso-issuer", required = true) String ssoIssuer;
        @Option(names = "--sso-audience", required = true) String ssoAudience;
        @Option(names = "--jfr") String jfr;
        @Option(names = "--warm-portal") String warmPortal;
        @Option(names = "--warm-jdbc") String warmJdbc;
        @Option(names = "--warm-jdbc-user") String warmJdbcUser;
        @Option(names = "--warm-jdbc-password") String warmJdbcPassword;
        @Option(names = "--warm-since") Instant warmSince;

        @Override
        public Integer call() {
            Boot.OUT.println(Worker.line(Worker.run(job())));
            return Cli.OK;
        }

        /** The job the parent described with {@link Job#arguments()}. */
        Job job() {
            Job.WarmUp warmUp = warmPortal == null ? null
                    : new Job.WarmUp(warmPortal, warmJdbc, nullable(warmJdbcUser), nullable(warmJdbcPassword), warmSince);
            return new Job(mode, dossiers, source, portal, nullable(jdbc), nullable(jdbcUser), nullable(jdbcPassword), batch,
                    page, concurrency, limit, oracle, ssoIssuer, ssoAudience, nullable(jfr) == null ? null : Path.of(jfr), warmUp);
        }

        private static String nullable(String value) {
            return value == null || "null".equals(value) ? null : value;
        }
    }

    @Command(name = "profile", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "2:tuỳ chọn sai / bad option"},
         description = "Where the time goes in JFR recordings of `bench --jfr`: samples by phase, hottest frames.")
    static class ProfileCommand implements Callable<Integer> {

        @Parameters(paramLabel = "FILE.jfr", arity = "1..*")
        List<Path> files;

        @Option(names = "--top", defaultValue = "4", description = "frames shown per phase (default ${DEFAULT-VALUE})")
        int top;

        @Override
        public Integer call() throws Exception {
            Boot.OUT.print(Profile.summarise(files, top));
            return Cli.OK;
        }
    }
}
