package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.system.CrashPoints;

/**
 * The real jar, killed again and again while it syncs a few thousand dossiers: at each point of
 * the commit order (the process halts itself there, as kill -9 would) and at random moments
 * (SIGKILL from outside). After every crash the checkpoint must not be ahead of any dossier
 * without a committed outcome; after the last, clean run nothing is lost, no dossier was created
 * twice at the portal, and every ledger row is final. Progress entries, which the portal cannot
 * de-duplicate, are doubled only by the calls in flight at a kill (at most one batch each, at
 * concurrency 1), and every entry doubled at the portal is listed in the ledger as in doubt. First, a
 * SIGTERM mid-push: the run ends INTERRUPTED with every answer committed, nothing doubled.
 */
class CrashIT {

    static final int DOSSIERS = 4000;
    private static final int BATCH = 50;
    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    private static Simulators sims;
    private static Path dir;

    @BeforeAll
    static void start() throws Exception {
        sims = Simulators.start(DATA, 0, 0);
        dir = Files.createTempDirectory(Path.of("target"), "crash-");
    }

    @AfterAll
    static void stop() {
        sims.close();
    }

    @Test
    void killedAtEveryPointAndAtRandomItLosesNothingAndDoublesNothing() throws Exception {
        stoppedMidPushItEndsInterruptedWithEveryAnswerCommitted();
        int crashes = 0;
        int kills = 0;
        // PORTAL_ACCEPTED is passed at each answer, a dossier call's or a progress call's; PROGRESS_ACCEPTED at a
        // progress call's only, so its kill always leaves progress entries the portal took and the ledger did not
        // (counting PORTAL_ACCEPTED for that relied on calls alternating, which a batch without progress breaks)
        int[] after = {3, 5, 8, 2, 9, 2};
        CrashPoints.Point[] points = CrashPoints.Point.values();
        for (int i = 0; i < points.length; i++) {
            // inside the overlap only while a page is still pushing when the next is checked: a portal that
            // answers in 100 ms makes sure of it (at full speed a page's pushes may end before the next check)
            boolean overlap = points[i] == CrashPoints.Point.PAGE_CHECKED_WHILE_PUSHING;
            sims.portal().faults().latencyMillis(overlap ? 100 : 0);
            Process p = sync("--adapter.test.crash-at=" + points[i], "--adapter.test.crash-after=" + after[i]);
            assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
            sims.portal().faults().latencyMillis(0);
            assertThat(p.exitValue()).as("halted at %s", points[i]).isEqualTo(137);
            crashes++;
            kills++;
            checkpointIsBehindEveryUnfinishedDossier();
        }
        Random random = new Random(7);
        for (int i = 0; i < 2; i++) {
            Process p = sync();
            Long run = waitForRunStart(p);
            Thread.sleep(100 + random.nextInt(900));   // a run over what is left takes a second or two now
            if (p.isAlive()) {
                p.destroyForcibly().waitFor();   // SIGKILL
                kills++;
                // Only this process's own run counts, if the ledger holds it RUNNING: one killed while exiting
                // left no run to abort, and H2 loses what was committed within its write delay (500 ms) before
                // a SIGKILL, the run's own row included (the next run then reuses its number).
                if (run != null && "RUNNING".equals(runStatus(run))) {
                    crashes++;
                }
            }
            checkpointIsBehindEveryUnfinishedDossier();
        }

        Process last = sync();
        assertThat(last.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(last.exitValue()).as(Files.readString(log())).isZero();

        PortalSimulator portal = sims.portal();
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < DOSSIERS; i++) {
            String id = DATA.maHoSo(i);
            assertThat(portal.creates(id)).as("creates of %s", id).isLessThanOrEqualTo(1);
            if (!DATA.refused(i) && inSource(i) && listed(i) && !portal.dossiers().containsKey(id)) {
                missing.add(id);
            }
        }
        assertThat(missing).as("valid dossiers missing at the portal").isEmpty();
        try (Connection db = ledger(); Statement st = db.createStatement()) {
            assertThat(count(st, "select count(*) from transfer where state in ('PENDING','FAILED')")).isZero();
            assertThat(count(st, "select count(*) from transfer")).isEqualTo(sourceDossiers());
            assertThat(count(st, "select count(*) from sync_run where status = 'RUNNING'")).isZero();
            assertThat(count(st, "select count(*) from sync_run where status = 'ABORTED'")).isEqualTo(crashes);
        }
        try (Connection db = ledger()) {
            // a kill leaves at most one call in flight (concurrency 1): one batch of dossiers
            int doubled = InDoubt.doubledOnlyWhereListed(portal, DATA, DOSSIERS, db, kills * BATCH);
            assertThat(doubled).as("the kill after a progress call's answer doubled its entries").isPositive();
        }
    }

    /**
     * SIGTERM while the run pushes (a portal answering in 250 ms holds each call; the signal follows the
     * run's first DongBoHoSoMC): the calls in flight end and are committed, the run ends INTERRUPTED in
     * time, the checkpoint is behind every dossier without an outcome, and nothing is doubled.
     */
    private void stoppedMidPushItEndsInterruptedWithEveryAnswerCommitted() throws Exception {
        PortalSimulator portal = sims.portal();
        portal.faults().latencyMillis(250);
        Process p = sync();
        long run = Objects.requireNonNull(waitForRunStart(p), "the run started");
        Awaitility.await("a DongBoHoSoMC of run " + run + " at the portal").atMost(Duration.ofMinutes(2))
                .until(() -> !p.isAlive() || portal.callsByService().getOrDefault("DongBoHoSoMC", 0) > 0);
        assertThat(p.isAlive()).as("the run is pushing when it is stopped").isTrue();
        p.destroy();   // SIGTERM
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("exits within the shutdown time").isTrue();
        portal.faults().latencyMillis(0);

        assertThat(runStatus(run)).as(Files.readString(log())).isEqualTo("INTERRUPTED");
        checkpointIsBehindEveryUnfinishedDossier();
        try (Connection db = ledger(); Statement st = db.createStatement()) {
            assertThat(InDoubt.doubledOnlyWhereListed(portal, DATA, DOSSIERS, db, 0)).as("progress entries doubled").isZero();
            assertThat(count(st, "select count(*) from transfer where state = 'SENT'")).as("SENT in the ledger")
                    .isEqualTo(portal.dossiers().size()).isPositive().isLessThan(sourceDossiers() / 2);
        }
        assertThat(IntStream.range(0, DOSSIERS).filter(i -> portal.creates(DATA.maHoSo(i)) > 1)).as("created twice").isEmpty();
    }

    /** Whether the source holds demo dossier i (the export API serves all of them, malformed ones too). */
    boolean inSource(int i) {
        return true;
    }

    /** How many dossiers the source holds: each ends as one ledger row. */
    int sourceDossiers() {
        return DOSSIERS;
    }

    /** The settings that point the adapter at its source beside the simulators' (none: the export API's). */
    List<String> sourceSettings() {
        return List.of();
    }

    private boolean listed(int i) {
        var d = DATA.dossier(i);
        return DATA.nationalCatalogue(d.path("MaDonVi").asText()).stream()
                .anyMatch(e -> e.maTTHC().equals(d.path("MaTTHC").asText()));
    }

    /** No PENDING row and no unrecorded source dossier lies before the checkpoint. */
    private void checkpointIsBehindEveryUnfinishedDossier() throws Exception {
        try (Connection db = ledger(); Statement st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select updated_since from checkpoint");
            if (!rs.next()) {
                return;
            }
            Instant checkpoint = rs.getObject(1, OffsetDateTime.class).toInstant();
            Map<String, String> states = new HashMap<>();
            ResultSet rows = st.executeQuery("select ma_ho_so, state from transfer");
            while (rows.next()) {
                states.put(rows.getString(1), rows.getString(2));
            }
            for (int i = 0; i < DOSSIERS && DATA.updatedAt(i).isBefore(checkpoint); i++) {
                if (!inSource(i)) {
                    continue;
                }
                String id = DATA.maHoSo(i);
                assertThat(states.get(id)).as("%s before checkpoint %s", id, checkpoint).isNotNull().isNotEqualTo("PENDING");
            }
        }
    }

    private Connection ledger() throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + dir.toAbsolutePath() + "/adapter", "sa", "");
    }

    private static int count(Statement st, String sql) throws Exception {
        ResultSet rs = st.executeQuery(sql);
        rs.next();
        return rs.getInt(1);
    }

    private Path log() { return dir.resolve("sync.log"); }

    private Process sync(String... extra) throws Exception {
        List<String> cmd = AdapterJvm.command("sync", sims, DATA,
                "--spring.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath() + "/adapter;DB_CLOSE_ON_EXIT=FALSE",
                "--adapter.source.page-size=200", "--adapter.sync.batch-size=" + BATCH, "--adapter.sync.lock-wait=PT5S");
        cmd.addAll(sourceSettings());
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                .start();
    }

    /**
     * The number of the run this child started (its log says so), or null if it exited before it
     * started one. Fails, naming what it waited for, when neither happens within two minutes.
     */
    private Long waitForRunStart(Process p) throws Exception {
        Pattern started = Pattern.compile("lượt SYNC (\\d+) bắt đầu, đọc nguồn");
        long before = Files.exists(log()) ? started.matcher(Files.readString(log())).results().count() : 0;
        Awaitility.await("the child (pid " + p.pid() + ") to log a new 'lượt SYNC n bắt đầu' in " + log() + " or exit")
                .atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> !p.isAlive() || started.matcher(Files.readString(log())).results().count() > before);
        Matcher m = started.matcher(Files.readString(log()));
        Long last = null;
        long seen = 0;
        while (m.find()) {
            last = Long.parseLong(m.group(1));
            seen++;
        }
        return seen > before ? last : null;
    }

    private String runStatus(long id) throws Exception {
        try (Connection db = ledger(); Statement st = db.createStatement()) {
            ResultSet rs = st.executeQuery("select status from sync_run where id = " + id);
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
