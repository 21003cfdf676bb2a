package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.system.ConfigurationError;

/** {@code keys rotate} on a migrated H2 ledger holding clear rows (from before encryption) and rows of an older key. */
class KeyRotationTest {

    private static final String OLD_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final List<String> TRANSFER_COLUMNS = List.of("payload", "progress_issues", "last_error");

    private JdbcTemplate jdbc;
    /** What each sealed cell holds in clear, by "id/column". */
    private final Map<String, String> clear = new HashMap<>();

    @BeforeEach
    void ledger() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:rotate-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
        LedgerCipher old = cipher("k0", OLD_KEY, null);
        for (int i = 0; i < 7; i++) {
            String id = "HS-" + i;
            List<Object> values = new ArrayList<>();
            for (String c : TRANSFER_COLUMNS) {
                String text = i == 3 && c.equals("progress_issues") ? null : c + " of " + id + " 0912345678 nguyen@example.vn";
                clear.put(id + "/" + c, text);
                values.add(i % 2 == 0 ? text : old.seal(text));   // even: clear, as before the upgrade; odd: the old key
            }
            jdbc.update("insert into transfer (ma_ho_so, state, payload, progress_issues, last_error, created_at, updated_at)"
                    + " values (?, 'FAILED', ?, ?, ?, ?, ?)", id, values.get(0), values.get(1), values.get(2), Transfers.now(), Transfers.now());
            String message = "event of " + id + " 017203001234";
            clear.put(i + "/message", message);
            jdbc.update("insert into transfer_event (ma_ho_so, at, kind, state, message) values (?, ?, 'SYNC', 'FAILED', ?)",
                    id, Transfers.now(), i % 2 == 0 ? message : old.seal(message));
        }
    }

    private static LedgerCipher cipher(String id, String key, Map<String, String> previous) {
        return new LedgerCipher(TestProperties.ledgerKey(id, key, previous));
    }

    private KeyRotation rotation(LedgerCipher cipher) {
        return new KeyRotation(jdbc, cipher, new Maintenance(new AdminAudits(jdbc), new Lease(jdbc)));
    }

    @Test
    void everyRowIsSealedAgainUnderTheCurrentKeyInBatchesAndReadsTheSame() {
        LedgerCipher current = cipher("k1", TestProperties.LEDGER_KEY, Map.of("k0", OLD_KEY));
        KeyRotation rotation = rotation(current);
        assertThat(rotation.pending()).containsEntry("transfer.payload", 7L).containsEntry("transfer.progress_issues", 6L)
                .containsEntry("transfer_event.message", 7L);

        java.util.Set<String> personal = java.util.Set.of("0912345678", "nguyen@example.vn", "017203001234");
        assertThat(vn.dvc.adapter.LedgerScan.inClear(jdbc, personal)).as("the clear rows, found by the scan")
                .contains("TRANSFER.PAYLOAD: 0912345678", "TRANSFER_EVENT.MESSAGE: 017203001234");

        Map<String, Long> done = rotation.rotate(2, Duration.ofSeconds(1), "test");

        assertThat(vn.dvc.adapter.LedgerScan.inClear(jdbc, personal)).isEmpty();

        assertThat(done).containsEntry("transfer.payload", 7L).containsEntry("transfer.progress_issues", 6L)
                .containsEntry("transfer.last_error", 7L).containsEntry("transfer_event.message", 7L);
        assertThat(rotation.pending().values()).allMatch(n -> n == 0);
        for (Map<String, Object> row : jdbc.queryForList("select * from transfer")) {
            for (String c : TRANSFER_COLUMNS) {
                String stored = (String) row.get(c);
                String expected = clear.get(row.get("ma_ho_so") + "/" + c);
                if (expected == null) {
                    assertThat(stored).isNull();
                } else {
                    assertThat(stored).startsWith("v1:k1:").doesNotContain("0912345678");
                    assertThat(current.open(stored)).isEqualTo(expected);
                }
            }
        }
        List<Map<String, Object>> events = jdbc.queryForList("select ma_ho_so, message from transfer_event");
        assertThat(events).hasSize(7).allSatisfy(e -> assertThat(current.open((String) e.get("message")))
                .isEqualTo(clear.get(((String) e.get("ma_ho_so")).substring(3) + "/message")));
        // the old key is no longer needed
        LedgerCipher withoutOld = cipher("k1", TestProperties.LEDGER_KEY, null);
        assertThat(jdbc.queryForList("select payload from transfer", String.class)).allSatisfy(p -> withoutOld.open(p));
        assertThat(jdbc.queryForObject("select detail from admin_audit where action = 'KEYS_ROTATE'", String.class))
                .contains("keyId=k1", "transfer.payload=7");
        assertThat(jdbc.queryForObject("select owner from run_lock where name = 'ledger'", String.class)).as("lease released").isNull();
    }

    @Test
    void aReconcilesDriftWrittenInClearBeforeItWasSealedIsSealedToo() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:drift-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("11").load().migrate();
        jdbc = new JdbcTemplate(ds);
        jdbc.update("insert into reconcile_run (id, started_at, actor, filter, population, status) values (1, ?, 'cli', 'ids', 2, 'DRIFT')",
                Transfers.now());
        for (String id : List.of("HS-1", "HS-2")) {
            jdbc.update("insert into reconcile_drift (reconcile_id, ma_ho_so, result, detail) values (1, ?, 'MISSING', ?)", id,
                    "Cổng DVCQG: không có hồ sơ của CCCD 001099012345 (" + id + ")");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        LedgerCipher current = cipher("k1", TestProperties.LEDGER_KEY, null);
        assertThat(rotation(current).pending()).containsEntry("reconcile_drift.detail", 2L);

        assertThat(rotation(current).rotate(1, Duration.ofSeconds(1), "test")).containsEntry("reconcile_drift.detail", 2L);

        assertThat(vn.dvc.adapter.LedgerScan.inClear(jdbc, java.util.Set.of("001099012345"))).isEmpty();
        assertThat(new Reconciliations(jdbc, current, new Events(jdbc, current)).drift(1, 10)).extracting(Reconciliations.Drift::detail)
                .containsExactly("Cổng DVCQG: không có hồ sơ của CCCD 001099012345 (HS-1)",
                        "Cổng DVCQG: không có hồ sơ của CCCD 001099012345 (HS-2)");
    }

    @Test
    void aRotationRunAgainAfterItFinishedOrStoppedSealsOnlyWhatIsLeft() {
        LedgerCipher current = cipher("k1", TestProperties.LEDGER_KEY, Map.of("k0", OLD_KEY));
        rotation(current).rotate(3, Duration.ofSeconds(1), "test");
        // a row written meanwhile in clear (or left by a rotation that stopped half-way)
        jdbc.update("update transfer set payload = 'late clear 0912345678' where ma_ho_so = 'HS-5'");

        Map<String, Long> again = rotation(current).rotate(3, Duration.ofSeconds(1), "test");

        assertThat(again).containsEntry("transfer.payload", 1L).containsEntry("transfer.last_error", 0L)
                .containsEntry("transfer_event.message", 0L);
        assertThat(current.open(jdbc.queryForObject("select payload from transfer where ma_ho_so = 'HS-5'", String.class)))
                .isEqualTo("late clear 0912345678");
    }

    @Test
    void aRowOfAKeyThatIsNotConfiguredStopsTheRotationNamingTheSetting() {
        KeyRotation forgot = rotation(cipher("k1", TestProperties.LEDGER_KEY, null));

        assertThatThrownBy(() -> forgot.rotate(100, Duration.ofSeconds(1), "test")).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("'k0'").hasMessageContaining("previous-keys");
        assertThat(jdbc.queryForObject("select owner from run_lock where name = 'ledger'", String.class)).as("lease released").isNull();
    }

    @Test
    void withoutAKeyTheRotationRefusesBeforeTouchingAnything() {
        assertThatThrownBy(() -> rotation(cipher("k1", null, null)).rotate(100, Duration.ofSeconds(1), "test"))
                .isInstanceOf(ConfigurationError.class).hasMessageStartingWith("adapter.ledger.encryption.key chưa được đặt").hasMessageContaining(" / is not set");
        assertThat(jdbc.queryForObject("select count(*) from admin_audit", Integer.class)).isZero();
    }

    @Test
    void aLedgerHeldByARunIsNotRotatedUnderIt() {
        Lease.Held run = new Lease(jdbc).acquire(Duration.ofMinutes(1), Duration.ZERO);

        assertThatThrownBy(() -> rotation(cipher("k1", TestProperties.LEDGER_KEY, Map.of("k0", OLD_KEY)))
                .rotate(100, Duration.ofMillis(300), "test")).hasMessageContaining("another run holds the ledger");
        assertThat(jdbc.queryForObject("select count(*) from transfer where payload like 'v1:k1:%'", Integer.class)).isZero();
        new Lease(jdbc).release(run);
    }
}
