package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.system.ConfigurationError;

/**
 * The probe's wrong key under the same key id: serve started, said it was healthy, and failed on the
 * first transfer a person opened. Now the start itself stops, naming the setting.
 */
class KeyCheckTest {

    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private JdbcTemplate jdbc;

    @BeforeEach
    void ledger() {
        DriverManagerDataSource ds = new DriverManagerDataSource("jdbc:h2:mem:keycheck-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(ds);
    }

    private void start(String keyId, String key, Map<String, String> previous) {
        new KeyCheck(jdbc, new LedgerCipher(TestProperties.ledgerKey(keyId, key, previous))).afterPropertiesSet();
    }

    private int checks() {
        return jdbc.queryForObject("select count(*) from ledger_key", Integer.class);
    }

    @Test
    void theFirstStartKeepsACheckAndTheSameKeyPassesItAgain() {
        start("k1", TestProperties.LEDGER_KEY, null);
        assertThat(jdbc.queryForObject("select check_value from ledger_key where key_id = 'k1'", String.class)).startsWith("v1:k1:");

        assertThatCode(() -> start("k1", TestProperties.LEDGER_KEY, null)).doesNotThrowAnyException();
        assertThat(checks()).isEqualTo(1);
    }

    @Test
    void anotherKeyUnderTheSameIdStopsTheStartNamingTheSetting() {
        start("k1", TestProperties.LEDGER_KEY, null);

        assertThatThrownBy(() -> start("k1", OTHER_KEY, null)).isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("adapter.ledger.encryption.key (ADAPTER_LEDGER_ENCRYPTION_KEY) không phải khóa")
                .hasMessageContaining(" / is not the key")
                .hasMessageContaining("'k1'").hasMessageNotContaining("\n");
    }

    @Test
    void aWrongPreviousKeyIsNamedByItsId() {
        start("k1", TestProperties.LEDGER_KEY, null);

        assertThatThrownBy(() -> start("k2", OTHER_KEY, Map.of("k1", OTHER_KEY))).isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("adapter.ledger.encryption.previous-keys.k1 không phải khóa").hasMessageContaining(" / is not the key");
        assertThatCode(() -> start("k2", OTHER_KEY, Map.of("k1", TestProperties.LEDGER_KEY))).doesNotThrowAnyException();
    }

    @Test
    void anUpgradedLedgerIsCheckedAgainstAValueItSealedBeforeTheCheckIsKept() {
        String sealed = new LedgerCipher(TestProperties.ledgerKey("k1", TestProperties.LEDGER_KEY, null)).seal("CCCD 001099012345");
        jdbc.update("insert into transfer_event (ma_ho_so, at, kind, state, message) values ('HS-1', ?, 'SYNC', 'FAILED', ?)",
                Transfers.now(), sealed);

        assertThatThrownBy(() -> start("k1", OTHER_KEY, null)).isInstanceOf(ConfigurationError.class).hasMessageContaining("'k1'");
        assertThat(checks()).as("a wrong key is never kept as the right one").isZero();

        start("k1", TestProperties.LEDGER_KEY, null);
        assertThat(checks()).isEqualTo(1);
    }

    @Test
    void withoutAKeyNothingIsCheckedNorKept() {
        start("k1", TestProperties.LEDGER_KEY, null);

        assertThatCode(() -> start("k1", null, null)).doesNotThrowAnyException();
        assertThat(checks()).isEqualTo(1);
    }
}
