package vn.dvc.adapter.bench;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.dvc.adapter.AdapterApplication;
import vn.dvc.adapter.simulator.OpenCpsServer;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

/**
 * The real adapter over the simulators: a Spring context with the real routes and checks, as the
 * {@code sync} command boots it, then {@code SyncService.runOnce()} over an empty ledger (measured),
 * then once more with nothing changed at the source. A warm row first runs the adapter once, unmeasured,
 * in a context of its own, over the data set's last 20,000 dossiers (all of a smaller one) into another ledger and
 * portal ({@link Job.WarmUp}), as {@code serve}'s later runs follow its first.
 */
final class AdapterRun {

    private AdapterRun() {
    }

    static Measurement run(Job job) throws Exception {
        if (job.warmUp() != null) {
            String warm = warmUp(job);
            if (warm != null) {
                return Measurement.failed(Mode.ADAPTER, "the warm-up run " + warm);
            }
        }
        try (ConfigurableApplicationContext ctx = context(arguments(job))) {
            SyncService sync = ctx.getBean(SyncService.class);
            RunSummary first;
            Measurement m;
            try (HeapWatch watch = new HeapWatch().start(); Recorder jfr = Recorder.start(job.jfr())) {
                first = sync.runOnce();
                m = new Measurement(Mode.ADAPTER, first.complete() ? "OK" : first.status().name(), first.pulled(), first.sent(),
                        watch.wallSeconds(), watch.peakMb(), watch.liveMb(), HeapWatch.maxMb(), watch.cpuSeconds(),
                        watch.collections(), watch.pauseSeconds(), -1, -1, first.message());
            }
            long start = System.nanoTime();
            RunSummary again = sync.runOnce();
            double unchanged = (System.nanoTime() - start) / 1e9;
            return new Measurement(m.mode(), again.sent() == 0 ? m.status() : "CHANGED", m.dossiers(), m.sent(), m.seconds(),
                    m.peakHeapMb(), m.liveHeapMb(), m.maxHeapMb(), m.cpuSeconds(), m.gcCount(), m.gcPauseSeconds(),
                    unchanged, again.pulled(), m.message());
        }
    }

    /** The unmeasured first run of a warm row; null when it synced all it read, else how it ended. */
    private static String warmUp(Job job) {
        Job.WarmUp w = job.warmUp();
        List<String> args = new ArrayList<>(List.of(arguments(job.against(w.portalUrl(), w.jdbcUrl(), w.jdbcUser(),
                w.jdbcPassword(), null))));
        args.add("--adapter.sync.initial-since=" + w.since());
        try (ConfigurableApplicationContext ctx = context(args.toArray(String[]::new))) {
            RunSummary run = ctx.getBean(SyncService.class).runOnce();
            return run.complete() && run.sent() > 0 ? null : "ended " + run.status() + " having sent " + run.sent() + ": " + run.message();
        }
    }

    /** The adapter's context as the {@code sync} command boots it, with these settings. */
    private static ConfigurableApplicationContext context(String... args) {
        return new SpringApplicationBuilder(AdapterApplication.class).web(WebApplicationType.NONE).logStartupInfo(false).run(args);
    }

    private static String throwAwayKey() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return java.util.Base64.getEncoder().encodeToString(key);
    }

    /** Command-line settings: they outrank config/application.yaml, as an operator's would. */
    private static String[] arguments(Job job) {
        PortalSimulator.Credentials demo = PortalSimulator.Credentials.demo();
        List<String> args = new ArrayList<>(job.sourceUrl().startsWith("jdbc:")
                // an OpenCPS database (bench --source opencps), read through the built-in profile as a province would
                ? List.of("--adapter.source.kind=database", "--adapter.source.profile=opencps",
                        "--adapter.source.database.url=" + job.sourceUrl(),
                        "--adapter.source.database.username=" + OpenCpsServer.READER,
                        "--adapter.source.database.password=" + OpenCpsServer.READER_PASSWORD)
                : List.of("--adapter.source.url=" + job.sourceUrl()));
        args.addAll(List.of(
                "--adapter.source.page-size=" + job.page(),
                "--adapter.portal.url=" + job.portalUrl(),
                "--adapter.portal.client-id=" + demo.clientId(),
                "--adapter.portal.client-secret=" + demo.clientSecret(),
                "--adapter.portal.username=" + demo.username(),
                "--adapter.portal.password=" + demo.password(),
                "--adapter.portal.madonvi=" + demo.madonvi(),
                "--adapter.sso.jwks-url=" + job.portalUrl() + "/sso/jwks",
                "--adapter.sso.issuer=" + job.ssoIssuer(),
                "--adapter.sso.audience=" + job.ssoAudience(),
                "--adapter.sync.batch-size=" + job.batch(),
                // read by the pipeline once it pushes batches concurrently; ignored before
                "--adapter.sync.concurrency=" + job.concurrency(),
                "--adapter.sync.retry-backoff=PT0.1S",
                "--adapter.sync.max-backoff=PT2S",
                "--spring.datasource.url=" + job.jdbcUrl(),
                "--spring.datasource.username=" + job.jdbcUser(),
                "--spring.datasource.password=" + job.jdbcPassword(),
                // a throw-away key per run, as the demo makes one: the measured adapter seals what a real one does
                "--adapter.ledger.encryption.key=" + throwAwayKey(),
                "--adapter.ledger.encryption.key-id=bench",
                "--logging.level.vn.dvc.adapter=WARN"));
        return args.toArray(String[]::new);
    }
}
