package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.system.ConfigurationError;

class LedgerCipherTest {

    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String CLEAR = "{\"dossier\":{\"SoGiayToChuHoSo\":\"017203001234\",\"Email\":\"a@b.vn\",\"ChuHoSo\":\"Nguyễn Văn A\"}}";

    @Test
    void aValueSealsIntoAnEnvelopeNamingItsKeyAndOpensToTheSameText() {
        LedgerCipher cipher = TestProperties.cipher();

        String sealed = cipher.seal(CLEAR);

        assertThat(sealed).startsWith("v1:test1:").doesNotContain("017203001234", "a@b.vn", "Nguy");
        // 12-byte IV + the UTF-8 text + a 16-byte tag
        assertThat(Base64.getDecoder().decode(sealed.substring("v1:test1:".length())))
                .hasSize(12 + CLEAR.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16);
        assertThat(cipher.open(sealed)).isEqualTo(CLEAR);
        assertThat(cipher.seal(CLEAR)).as("a random IV each time").isNotEqualTo(sealed);
        assertThat(cipher.seal(null)).isNull();
    }

    @Test
    void aClearValueWrittenBeforeEncryptionReadsAsItIs() {
        assertThat(TestProperties.cipher().open(CLEAR)).isEqualTo(CLEAR);
        assertThat(TestProperties.cipher().current(CLEAR)).isFalse();
    }

    @Test
    void aChangedValueOrAnotherKeyUnderTheSameIdDoesNotOpen() {
        String sealed = TestProperties.cipher().seal(CLEAR);
        char last = sealed.charAt(sealed.length() - 3);
        String changed = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A') + sealed.substring(sealed.length() - 2);
        LedgerCipher impostor = new LedgerCipher(TestProperties.ledgerKey("test1", OTHER_KEY, null));

        assertThatThrownBy(() -> TestProperties.cipher().open(changed)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("does not open");
        assertThatThrownBy(() -> impostor.open(sealed)).isInstanceOf(ConfigurationError.class).hasMessageContaining("'test1'");
    }

    @Test
    void aPreviousKeyStillOpensWhatItSealedAndAnUnknownOneIsNamed() {
        String old = new LedgerCipher(TestProperties.ledgerKey("k0", OTHER_KEY, null)).seal(CLEAR);
        LedgerCipher rotated = new LedgerCipher(TestProperties.ledgerKey("k1", TestProperties.LEDGER_KEY, Map.of("k0", OTHER_KEY)));
        LedgerCipher forgot = new LedgerCipher(TestProperties.ledgerKey("k1", TestProperties.LEDGER_KEY, null));

        assertThat(rotated.open(old)).isEqualTo(CLEAR);
        assertThat(rotated.current(old)).isFalse();
        assertThat(rotated.seal(CLEAR)).startsWith("v1:k1:");
        assertThatThrownBy(() -> forgot.open(old)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("'k0'").hasMessageContaining("adapter.ledger.encryption.previous-keys");
        assertThat(forgot.readable(old)).contains("adapter.ledger.encryption.key");
    }

    @Test
    void withoutAKeyNothingIsWrittenAndTheSettingIsNamed() {
        LedgerCipher none = new LedgerCipher(TestProperties.ledgerKey("k1", null, null));

        assertThatThrownBy(() -> none.seal("x")).isInstanceOf(ConfigurationError.class)
                .hasMessageStartingWith("adapter.ledger.encryption.key chưa được đặt").hasMessageContaining(" / is not set").hasMessageContaining("ADAPTER_LEDGER_ENCRYPTION_KEY");
        assertThat(none.open(CLEAR)).isEqualTo(CLEAR);
    }
}
