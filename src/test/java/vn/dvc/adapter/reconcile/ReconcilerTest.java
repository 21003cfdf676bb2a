package vn.dvc.adapter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedH2;
import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.LedgerCipher;
import vn.dvc.adapter.ledger.MissedWrites;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.system.ReconcileSettings;

/**
 * The reconcile route's steps on their own, over a migrated H2 ledger and without the portal: what a
 * request chooses to read back, how it is split, when a repair is due, and what a reconcile's end
 * counts, records and writes. The repair's run (RunControl) and the reads belong to the route's tests
 * ({@code ReconcileContractTest}).
 */
class ReconcilerTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-03-01T08:00:00+07:00");

    @TempDir
    Path reports;

    private JdbcTemplate jdbc;
    private Reconciliations ledger;
    private final List<ReconcileResult> told = new ArrayList<>();
    private Reconciler reconciler;

    @BeforeEach
    void ledger() {
        jdbc = MigratedH2.jdbc("reconciler");
        LedgerCipher cipher = TestProperties.cipher();
        ledger = new Reconciliations(jdbc, cipher, new Events(jdbc, cipher));
        ReconcileListener listener = new ReconcileListener() {
            @Override
            public void reconciled(ReconcileResult result) {
                told.add(result);
            }
        };
        var properties = TestProperties.of(new ReconcileSettings(null, 7, true, 3, reports));
        reconciler = reconciler(ledger, properties, listener);
        for (int i = 1; i <= 45; i++) {
            accepted(String.format("HS-%03d", i), i % 2 == 0 ? "A" : "B");
        }
        jdbc.update("insert into transfer (ma_ho_so, state, ma_don_vi, created_at, updated_at) values ('HS-NEVER', 'FAILED', 'A', ?, ?)",
                T0, T0);
    }

    /** Only a repair opens a run (RunControl), and these steps are tested short of it; its ledger failures name the database. */
    private Reconciler reconciler(Reconciliations ledger, vn.dvc.adapter.system.AdapterProperties properties, ReconcileListener listener) {
        var tx = new org.springframework.transaction.support.TransactionTemplate(
                new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
        var writes = new vn.dvc.adapter.ledger.LedgerWrites(tx, new org.springframework.mock.env.MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:mem:reconciler"));
        MissedWrites missed = new MissedWrites();
        var runs = new vn.dvc.adapter.sync.RunControl(new vn.dvc.adapter.ledger.Runs(jdbc, missed), new vn.dvc.adapter.ledger.Checkpoints(jdbc),
                new vn.dvc.adapter.ledger.Lease(jdbc), new vn.dvc.adapter.ledger.TransferReads(jdbc, TestProperties.cipher()), properties,
                new vn.dvc.adapter.system.CrashPoints(properties), writes, List.of());
        return new Reconciler(ledger, runs, properties, new DriftFiles(properties, new ObjectMapper()), List.of(listener), missed);
    }

    private void accepted(String id, String agency) {
        jdbc.update("insert into transfer (ma_ho_so, state, ma_don_vi, sent_hash, source_updated, created_at, updated_at)"
                + " values (?, 'SENT', ?, ?, ?, ?, ?)", id, agency, "hash-" + id, T0, T0, T0);
    }

    private static Exchange exchange() {
        return new DefaultExchange(new DefaultCamelContext());
    }

    private static ReconcileRequest ids(boolean repair, String... ids) {
        return new ReconcileRequest(null, null, List.of(ids), null, null, repair, "cli:lan");
    }

    private static Finding found(Reconciliation r, int i, Result result) {
        Finding f = new Finding(r.targets.get(i), result, result == Result.MATCH ? null : "portal: " + result);
        r.findings.put(f.target().maHoSo(), f);
        return f;
    }

    @Test
    void theScheduleReadsBackTheConfiguredSampleAndRepairsWhenConfigured() {
        ReconcileRequest scheduled = reconciler.scheduledRequest();

        assertThat(scheduled.sample()).isEqualTo(7);
        assertThat(scheduled.repair()).isTrue();
        assertThat(scheduled.actor()).isEqualTo("schedule");
    }

    @Test
    void namedDossiersAreReadBackWhenTheLedgerSaysThePortalHoldsThem() {
        Exchange exchange = exchange();

        Reconciliation r = reconciler.begin(ids(false, "HS-003", "HS-NEVER", "HS-001", "HS-404"), exchange);

        assertThat(r.targets).extracting(Reconciliations.Target::maHoSo).containsExactly("HS-001", "HS-003");
        assertThat(r.targets.get(0).sentHash()).isEqualTo("hash-HS-001");
        assertThat(r.population).isEqualTo(2);
        assertThat(exchange.getProperty("reconcile")).isSameAs(r);
        assertThat(ledger.last()).hasValueSatisfying(s -> assertThat(s.filter()).isEqualTo("--ids HS-003,HS-NEVER,HS-001,HS-404"));
    }

    @Test
    void aSampleIsDrawnFromEveryAcceptedDossierAndTheSameSeedDrawsItAgain() {
        ReconcileRequest sample = new ReconcileRequest(null, null, null, 10, 42L, false, "cli:lan");

        Reconciliation first = reconciler.begin(sample, exchange());
        Reconciliation again = reconciler.begin(sample, exchange());

        assertThat(first.population).isEqualTo(45);
        assertThat(first.targets).hasSize(10).doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t.maHoSo()).isNotEqualTo("HS-NEVER"));
        assertThat(again.targets).isEqualTo(first.targets);
    }

    @Test
    void aRequestWithoutScopeOrWithASampleAndIdsIsRefusedNamingEachProblem() {
        assertThatThrownBy(() -> reconciler.begin(new ReconcileRequest(null, null, null, null, null, false, "x"), exchange()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--sample N");
        assertThatThrownBy(() -> reconciler.begin(new ReconcileRequest(null, null, List.of("HS-001"), 0, null, false, "x"), exchange()))
                .hasMessageContaining("--sample phải từ 1").hasMessageContaining("--sample và --ids");
        assertThat(ledger.last()).isEmpty();
    }

    @Test
    void theReadsAreSplitInPartsOfTwenty() {
        Reconciliation r = reconciler.begin(new ReconcileRequest(null, "B", null, null, null, false, "x"), exchange());

        List<List<Reconciliations.Target>> parts = reconciler.chunks(r);

        assertThat(r.targets).hasSize(23);
        assertThat(parts).extracting(List::size).containsExactly(20, 3);
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(r.targets);
    }

    @Test
    void aRepairIsDueOnlyWhenAskedForAndSomethingDrifted() {
        Reconciliation asked = reconciler.begin(ids(true, "HS-001", "HS-002", "HS-003"), exchange());
        Reconciliation notAsked = reconciler.begin(ids(false, "HS-001", "HS-002", "HS-003"), exchange());
        IntStream.range(0, 3).forEach(i -> found(notAsked, i, Result.STALE));
        found(asked, 0, Result.MATCH);
        found(asked, 1, Result.UNREADABLE);

        assertThat(reconciler.repairing(asked)).as("nothing drifted: an unreadable one is not drift").isFalse();
        assertThat(reconciler.repairing(notAsked)).isFalse();
        found(asked, 2, Result.MISSING);
        assertThat(reconciler.repairing(asked)).isTrue();
    }

    @Test
    void theEndCountsRecordsWritesAndTellsWhatWasFound() throws Exception {
        Reconciliation r = reconciler.begin(ids(false, "HS-001", "HS-002", "HS-003", "HS-004"), exchange());
        found(r, 0, Result.MATCH);
        found(r, 1, Result.MISSING);
        found(r, 2, Result.STALE);
        found(r, 3, Result.UNREADABLE);

        ReconcileResult result = reconciler.finish(r);

        assertThat(result.status()).isEqualTo("DRIFT");
        assertThat(List.of(result.checked(), result.match(), result.missing(), result.stale(), result.unreadable(), result.repaired()))
                .containsExactly(4, 1, 1, 1, 1, 0);
        assertThat(result.drift()).extracting(f -> f.target().maHoSo()).containsExactly("HS-002", "HS-003", "HS-004");
        assertThat(result.estimate()).as("only a sample estimates the whole").isNull();
        assertThat(result.files()).allSatisfy(f -> assertThat(f).startsWith(reports).exists());
        assertThat(Files.readString(result.files().get(1))).contains("HS-002,MISSING,A,portal: MISSING,0");
        assertThat(ledger.drift(result.run(), 10)).extracting(Reconciliations.Drift::maHoSo).containsExactly("HS-002", "HS-003", "HS-004");
        assertThat(ledger.last()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("DRIFT"));
        assertThat(told).containsExactly(result);
    }

    @Test
    void aSampleThatMatchesIsCleanAndEstimatesTheWhole() {
        Reconciliation r = reconciler.begin(new ReconcileRequest(null, null, null, 5, 7L, false, "x"), exchange());
        IntStream.range(0, 5).forEach(i -> found(r, i, Result.MATCH));

        ReconcileResult result = reconciler.finish(r);

        assertThat(result.status()).isEqualTo("CLEAN");
        assertThat(result.clean()).isTrue();
        assertThat(result.estimate()).isNotNull();
        assertThat(result.estimate().share()).isZero();
    }

    @Test
    void aReconcileThatStoppedKeepsWhatItFoundAndSaysWhy() {
        Reconciliation r = reconciler.begin(ids(false, "HS-001", "HS-002"), exchange());
        found(r, 0, Result.STALE);
        Exchange failed = exchange();
        failed.setProperty(Exchange.EXCEPTION_CAUGHT, new IllegalStateException("portal unreachable"));

        ReconcileResult result = reconciler.abort(r, failed);

        assertThat(result.status()).isEqualTo("FAILED");
        assertThat(result.failure()).isEqualTo("portal unreachable");
        assertThat(result.stale()).isEqualTo(1);
        assertThat(ledger.last()).hasValueSatisfying(s -> assertThat(s.status()).isEqualTo("FAILED"));
    }

    @Test
    void aReconcileEndingWhileTheLedgerIsAwayWritesItsFilesAndItsEndAtTheNextReconcile() throws Exception {
        boolean[] away = {true};
        Reconciliations cut = new Reconciliations(jdbc, TestProperties.cipher(), new Events(jdbc, TestProperties.cipher())) {
            @Override
            public void finish(Summary summary, List<Drift> drift) {
                if (away[0]) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("Connection reset");
                }
                super.finish(summary, drift);
            }
        };
        var properties = TestProperties.of(new ReconcileSettings(null, 7, true, 3, reports));
        Reconciler reconciler = reconciler(cut, properties, new ReconcileListener() { });
        Reconciliation r = reconciler.begin(ids(false, "HS-001", "HS-002"), exchange());
        found(r, 0, Result.MATCH);
        found(r, 1, Result.MISSING);

        ReconcileResult result = reconciler.finish(r);

        assertThat(result.status()).isEqualTo("DRIFT");
        assertThat(result.files()).as("what the read-back found reaches the operator").isNotEmpty()
                .allSatisfy(f -> assertThat(f).exists());
        assertThat(Files.readString(result.files().get(1))).contains("HS-002,MISSING");
        assertThat(jdbc.queryForObject("select status from reconcile_run where id = ?", String.class, r.id)).isEqualTo("RUNNING");

        away[0] = false;
        reconciler.begin(ids(false, "HS-003"), exchange());

        assertThat(jdbc.queryForObject("select status from reconcile_run where id = ?", String.class, r.id))
                .as("the end the ledger missed, written by the next reconcile").isEqualTo("DRIFT");
        assertThat(cut.drift(r.id, 10)).extracting(Reconciliations.Drift::maHoSo).containsExactly("HS-002");
    }

    @Test
    void aReconcileWhoseDriftFilesCannotBeWrittenIsRecordedFailedNotLeftRunning() throws Exception {
        Path notAFolder = Files.writeString(reports.resolve("reports"), "a file where the folder should be");
        var properties = TestProperties.of(new ReconcileSettings(null, 7, true, 3, notAFolder));
        Reconciler reconciler = reconciler(ledger, properties, new ReconcileListener() { });
        Reconciliation r = reconciler.begin(ids(false, "HS-001"), exchange());
        found(r, 0, Result.MISSING);

        assertThatThrownBy(() -> reconciler.finish(r)).isInstanceOf(RuntimeException.class);

        assertThat(jdbc.queryForObject("select status from reconcile_run where id = ?", String.class, r.id)).isEqualTo("FAILED");
        assertThat(ledger.drift(r.id, 10)).extracting(Reconciliations.Drift::maHoSo).containsExactly("HS-001");
    }

    @Test
    void aReconcileWhoseProcessDiedIsClosedAsAbortedByTheNextOneOnItsHost() throws Exception {
        String host = vn.dvc.adapter.ledger.Runs.OWNER.substring(vn.dvc.adapter.ledger.Runs.OWNER.indexOf('@'));
        Process exited = new ProcessBuilder("true").start();
        exited.waitFor();
        String dead = exited.pid() + host;   // a `reconcile` of this host killed mid-way
        jdbc.update("insert into reconcile_run (started_at, actor, filter, population, status, owner)"
                + " values (?, 'cli:lan', '--sample 10', 45, 'RUNNING', ?)", T0, dead);
        jdbc.update("insert into reconcile_run (started_at, actor, filter, population, status, owner)"
                + " values (?, 'schedule', '--sample 10', 45, 'RUNNING', 'busy@elsewhere')",
                vn.dvc.adapter.ledger.Transfers.now().minusMinutes(5));   // started lately on another host: left alone

        reconciler.begin(ids(false, "HS-001"), exchange());

        assertThat(jdbc.queryForList("select owner || ' ' || status from reconcile_run order by id", String.class))
                .containsExactly(dead + " ABORTED", "busy@elsewhere RUNNING", vn.dvc.adapter.ledger.Runs.OWNER + " RUNNING");
        assertThat(TestProperties.messages().getMessage("reconcileStatus.ABORTED", null, java.util.Locale.ENGLISH))
                .isEqualTo("Stopped abruptly");
    }

    @Test
    void aReconcileSilentOnAnotherHostIsClosedUnlessItsRepairRunsOrItStartedLatelyWithoutAHeartbeat() throws Exception {
        java.time.OffsetDateTime now = vn.dvc.adapter.ledger.Transfers.now();
        java.time.OffsetDateTime silent = now.minus(vn.dvc.adapter.ledger.Runs.STALE).minusMinutes(1);
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at) values ('RECONCILE', '7@elsewhere',"
                + " 'RUNNING', ?, ?)", now, now);
        long repairing = jdbc.queryForObject("select max(id) from sync_run", Long.class);
        String insert = "insert into reconcile_run (started_at, actor, filter, population, status, owner, heartbeat_at, repair_run_id)"
                + " values (?, 'schedule', '--sample 10', 45, 'RUNNING', ?, ?, ?)";
        jdbc.update(insert, T0, "1@died-elsewhere", silent, null);
        jdbc.update(insert, T0, "2@alive-elsewhere", now.minusSeconds(40), null);
        jdbc.update(insert, T0, "3@old-jar-elsewhere", null, null);
        jdbc.update(insert, T0, "7@elsewhere", silent, repairing);
        // a jar before V17 keeps no heartbeat: taken for abandoned a day after its start, not before (it may still run)
        jdbc.update(insert, now.minusHours(2), "4@old-jar-running", null, null);
        jdbc.update("insert into reconcile_run (started_at, actor, filter, population, status) values (?, 'cli', '--sample 5', 5,"
                + " 'RUNNING')", T0);   // and before V16, no owner either

        reconciler.begin(ids(false, "HS-001"), exchange());

        assertThat(jdbc.queryForList("select coalesce(owner, '-') || ' ' || status from reconcile_run order by id", String.class))
                .containsExactly("1@died-elsewhere ABORTED", "2@alive-elsewhere RUNNING", "3@old-jar-elsewhere ABORTED",
                        "7@elsewhere RUNNING", "4@old-jar-running RUNNING", "- ABORTED", vn.dvc.adapter.ledger.Runs.OWNER + " RUNNING");
    }

    @Test
    void aReconcileReadingBackSaysItIsAliveEveryHeartbeatOnce() {
        Reconciliation r = reconciler.begin(ids(false, "HS-001"), exchange());
        assertThat(r.heartbeatDue()).as("just started").isFalse();
        r.lastHeartbeat.addAndGet(-Reconciliations.HEARTBEAT.toNanos());
        assertThat(r.heartbeatDue()).isTrue();
        assertThat(r.heartbeatDue()).as("said; the parts read beside it do not say it again").isFalse();

        jdbc.update("update reconcile_run set heartbeat_at = ? where id = ?", T0, r.id);
        ledger.heartbeat(r.id);
        assertThat(jdbc.queryForObject("select heartbeat_at from reconcile_run where id = ?", java.time.OffsetDateTime.class, r.id))
                .isAfter(T0);
    }

    @Test
    void aFailureBeforeAnythingWasChosenIsPassedOn() {
        Exchange failed = exchange();
        IllegalStateException cause = new IllegalStateException("ledger away");
        failed.setProperty(Exchange.EXCEPTION_CAUGHT, cause);

        assertThatThrownBy(() -> reconciler.abort(null, failed)).isSameAs(cause);
        assertThat(told).isEmpty();
    }
}
