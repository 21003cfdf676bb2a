package vn.dvc.adapter.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;

/**
 * Two {@code serve} JVMs of the real jar on one PostgreSQL, the sync every 3 seconds (Quartz's
 * clustered job store, issue 14): runs never overlap, no fire runs on both, and after a
 * {@code kill -9} of the instance running a sync the other recovers it within the bound the
 * check-in interval gives; then, with a new instance beside the survivor, the database goes away
 * for 20 s (a TCP proxy between the instances and PostgreSQL resets every connection): neither
 * instance exits, neither takes the other for dead when it comes back ({@code OutageAwareJobStore}),
 * and afterwards each fire again runs on one of them (issue 25). At the end every
 * valid dossier is at the portal, none created twice.
 */
class ClusterIT {

    private static final int DOSSIERS = 1000;
    private static final int TOUCHED = 500;
    private static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    private static final Duration CHECKIN = Duration.ofSeconds(2);
    private static final Duration CRON_PERIOD = Duration.ofSeconds(3);
    /** From the database's return to the first run that succeeded: Quartz's 2 s retry, the pool's reconnection (≤ 5 s), a fire. */
    private static final Duration CATCH_UP_BOUND = Duration.ofSeconds(12);
    /** Quartz's rule: silent for the interval + 7.5 s, noticed at the survivor's next check-in; one more period; a loaded machine. */
    private static final Duration TAKEOVER_BOUND = CHECKIN.multipliedBy(2).plusMillis(7500).plus(CRON_PERIOD).plusSeconds(5);
    private static final Pattern FIRE = Pattern.compile("lần chạy theo lịch (\\S+) \\((\\S+)\\)");

    private static Simulators sims;
    private static EmbeddedPostgres postgres;
    private static TcpProxy proxy;
    private static JdbcTemplate db;
    private static Path dir;
    private final List<Process> nodes = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        sims = Simulators.start(DATA, 0, 0);
        postgres = EmbeddedPostgres.builder().start();
        proxy = new TcpProxy("127.0.0.1", postgres.getPort());
        db = new JdbcTemplate(postgres.getPostgresDatabase());
        dir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-");
    }

    @AfterAll
    static void stop() throws Exception {
        sims.close();
        proxy.close();
        postgres.close();
    }

    @Test
    void twoInstancesShareTheScheduleAndTheSurvivorTakesOverAKilledRun() throws Exception {
        try {
            Process a = serve("a");
            Process b = serve("b");
            await(Duration.ofSeconds(120), "both instances checked in", () -> instances() == 2);
            await(Duration.ofSeconds(60), "the first full sync and three more runs", () -> succeededRuns() >= 4);

            // a run long enough to be killed in: many changed dossiers, a slow source
            for (int i = 0; i < TOUCHED; i++) {
                int n = i;
                sims.source().touch(DATA.maHoSo(i * 2), d -> d.put("GhiChu", "Bổ sung giấy tờ lần " + n));
            }
            sims.source().setLatencyMillis(200);
            await(Duration.ofSeconds(30), "a run in the middle of the changed dossiers", () -> midRunOwner() != null);
            String owner = midRunOwner();
            Process victim = a.pid() == pidOf(owner) ? a : b;
            Process survivor = victim == a ? b : a;
            victim.destroyForcibly().waitFor();   // SIGKILL, in the middle of its run
            Instant killed = Instant.now();

            await(Duration.ofSeconds(60), "a run of the survivor", () -> runStartedBy(survivor, killed) != null);
            Duration takeover = Duration.between(killed, runStartedBy(survivor, killed));
            System.out.printf("takeover after kill -9: %d ms (bound %d ms)%n", takeover.toMillis(), TAKEOVER_BOUND.toMillis());
            assertThat(takeover).as("takeover").isLessThanOrEqualTo(TAKEOVER_BOUND);
            sims.source().setLatencyMillis(0);
            await(Duration.ofSeconds(60), "the survivor synced everything and ran once more", () -> succeededAfter(killed) >= 2
                    && count("select count(*) from transfer where state in ('PENDING','FAILED')") == 0);

            healthShowsTheSurvivorAliveAndNotTheVictim(survivor, victim);

            Process c = serve("c");
            await(Duration.ofSeconds(120), "the new instance checked in beside the survivor", () -> instances() == 2);
            proxy.cut();
            Awaitility.await("both instances stay up through a 20 s outage of their database")
                    .during(Duration.ofSeconds(20)).atMost(Duration.ofSeconds(30))
                    .until(() -> survivor.isAlive() && c.isAlive());
            proxy.restore();
            Instant back = Instant.now();
            await(Duration.ofSeconds(90), "runs after the outage, every run closed", () -> succeededAfter(back) >= 3
                    && count("select count(*) from sync_run where status = 'RUNNING'") == 0);
            Duration catchUp = Duration.between(back, firstSuccessAfter(back));
            System.out.printf("after a 20 s outage: the first run succeeded %d ms after the database came back (bound %d ms)%n",
                    catchUp.toMillis(), CATCH_UP_BOUND.toMillis());
            assertThat(catchUp).as("the first run after the outage").isLessThanOrEqualTo(CATCH_UP_BOUND);
            for (String node : List.of(survivor == a ? "a" : "b", "c")) {
                assertThat(Files.readString(log(node), StandardCharsets.UTF_8)).as("instance %s back from the outage", node)
                        .contains("reached its database again");
            }

            runsNeverOverlap();
            eachFireRanOnce();
            nothingLostNothingCreatedTwice();
        } finally {
            nodes.forEach(Process::destroyForcibly);
        }
    }

    private void runsNeverOverlap() {
        List<OffsetDateTime[]> runs = db.query("select started_at, finished_at from sync_run order by started_at",
                (rs, i) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class)});
        assertThat(runs.size()).isGreaterThanOrEqualTo(7);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(runs.get(i - 1)[1]).as("run %d finished", i - 1).isNotNull();
            assertThat(runs.get(i - 1)[1]).as("run %d ends before run %d starts", i - 1, i).isBeforeOrEqualTo(runs.get(i)[0]);
        }
        assertThat(count("select count(*) from sync_run where status = 'ABORTED'")).as("the killed run").isEqualTo(1);
    }

    /**
     * A scheduled fire is logged once, by the instance that ran it; only the killed one is run again,
     * as a recovery; after the outage neither instance took the other, alive, for dead.
     */
    private void eachFireRanOnce() throws Exception {
        Map<String, List<String>> byFire = new HashMap<>();
        int recoveries = 0;
        for (String node : List.of("a", "b", "c")) {
            String log = Files.readString(log(node), StandardCharsets.UTF_8);
            assertThat(log).as("instance %s's log", node).doesNotContain("still active but was recovered by another instance");
            Matcher m = FIRE.matcher(log);
            while (m.find()) {
                if (m.group(2).equals("sync")) {
                    byFire.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(node);
                } else {
                    recoveries++;
                }
            }
        }
        assertThat(byFire).isNotEmpty();
        byFire.forEach((fire, on) -> assertThat(on).as("fire %s ran on", fire).hasSize(1));
        assertThat(byFire.values().stream().distinct().count()).as("more than one instance ran fires").isGreaterThanOrEqualTo(2);
        assertThat(recoveries).as("recovery fires: the killed run's").isEqualTo(1);
    }

    private void nothingLostNothingCreatedTwice() {
        PortalSimulator portal = sims.portal();
        Map<String, String> states = new HashMap<>();
        db.query("select ma_ho_so, state from transfer", rs -> {
            states.put(rs.getString(1), rs.getString(2));
        });
        assertThat(states).hasSize(DOSSIERS);
        for (int i = 0; i < DOSSIERS; i++) {
            String id = DATA.maHoSo(i);
            assertThat(portal.creates(id)).as("creates of %s", id).isLessThanOrEqualTo(1);
            if ("SENT".equals(states.get(id)) && i % 2 == 0 && i / 2 < TOUCHED) {
                assertThat(portal.dossiers().get(id).path("GhiChu").asText()).as("%s changed at the source", id)
                        .isEqualTo("Bổ sung giấy tờ lần " + i / 2);
            }
        }
        assertThat(states.values()).doesNotContain("PENDING", "FAILED");
    }

    private void healthShowsTheSurvivorAliveAndNotTheVictim(Process survivor, Process victim) throws Exception {
        String node = survivor == nodes.get(0) ? "a" : "b";
        Matcher port = Pattern.compile("http://localhost:(\\d+)/api").matcher(Files.readString(log(node), StandardCharsets.UTF_8));
        assertThat(port.find()).isTrue();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port.group(1) + "/actuator/health"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("viewer:viewer-demo".getBytes(StandardCharsets.UTF_8)))
                .build();
        JsonNode cluster = new ObjectMapper().readTree(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString())
                .body()).path("components").path("cluster").path("details");
        assertThat(cluster.path("mode").asText()).isEqualTo("shared");
        Map<Long, Boolean> alive = new HashMap<>();
        cluster.path("instances").forEach(i -> alive.put(pidOf(i.path("id").asText()), i.path("alive").asBoolean()));
        assertThat(alive).containsEntry(survivor.pid(), true);
        // Quartz deletes a dead instance's check-in once another has recovered its schedules
        assertThat(alive.get(victim.pid())).as("the killed instance").isNotEqualTo(Boolean.TRUE);
        assertThat(cluster.path("lastRunBy").asText()).startsWith(survivor.pid() + "@");
    }

    private Process serve(String node) throws Exception {
        List<String> cmd = AdapterJvm.command("serve", sims, DATA,
                "--spring.profiles.active=demo", "--server.port=0",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + proxy.port() + "/postgres",
                "--spring.datasource.username=postgres", "--spring.datasource.password=postgres",
                "--adapter.sync.cron=0/3 * * * * ?", "--adapter.cluster.checkin-interval=" + CHECKIN,
                "--adapter.source.page-size=50", "--adapter.sync.batch-size=50", "--adapter.sync.lock-wait=PT5S",
                "--adapter.reconcile.report-dir=" + dir.resolve("reports-" + node));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log(node).toFile())).start();
        nodes.add(p);
        return p;
    }

    private static Path log(String node) {
        return dir.resolve("serve-" + node + ".log");
    }

    private static long pidOf(String owner) {
        return Long.parseLong(owner.substring(0, owner.indexOf('@')));
    }

    private static int instances() {
        try {
            return count("select count(*) from qrtz_scheduler_state");
        } catch (RuntimeException e) {
            return 0;   // the first instance has not migrated the ledger yet
        }
    }

    private static int succeededRuns() {
        try {
            return count("select count(*) from sync_run where status = 'SUCCEEDED'");
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /**
     * The owner of a run with two pages of the changed dossiers behind it and at least four ahead
     * (a run with nothing new reads one page and ends at once: killing it would race its end).
     */
    private static String midRunOwner() {
        List<String> owners = db.query("select owner from sync_run where status = 'RUNNING' and pulled between 100 and ?",
                (rs, i) -> rs.getString(1), TOUCHED - 200);
        return owners.isEmpty() ? null : owners.get(0);
    }

    private static Instant runStartedBy(Process node, Instant after) {
        List<OffsetDateTime> starts = db.query("select started_at from sync_run where owner like ? and started_at > ? order by id",
                (rs, i) -> rs.getObject(1, OffsetDateTime.class), node.pid() + "@%", after.atOffset(java.time.ZoneOffset.UTC));
        return starts.isEmpty() ? null : starts.get(0).toInstant();
    }

    private static Instant firstSuccessAfter(Instant after) {
        return db.queryForObject("select min(finished_at) from sync_run where status = 'SUCCEEDED' and started_at > ?",
                OffsetDateTime.class, after.atOffset(java.time.ZoneOffset.UTC)).toInstant();
    }

    private static int succeededAfter(Instant after) {
        return db.queryForObject("select count(*) from sync_run where status = 'SUCCEEDED' and started_at > ?", Integer.class,
                after.atOffset(java.time.ZoneOffset.UTC));
    }

    private static int count(String sql) {
        return db.queryForObject(sql, Integer.class);
    }

    private void await(Duration limit, String what, Supplier<Boolean> condition) throws Exception {
        Instant giveUp = Instant.now().plus(limit);
        while (!condition.get()) {
            for (Process p : nodes) {
                assertThat(p.isAlive() || p.exitValue() == 137).as("an instance exited while waiting for " + what).isTrue();
            }
            assertThat(Instant.now()).as("waited for " + what).isBefore(giveUp);
            Thread.sleep(200);
        }
    }
}
