package vn.dvc.adapter.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The shortcut past the NFC normaliser must never let through text the normaliser would change; a refusal names its path. */
class RecordReaderTest {

    @Test
    void textOfPrecomposedLettersAloneIsNfcInAnyOrder() {
        List<Character> fast = new ArrayList<>();
        for (char c = 0; c < 0x2000; c++) {
            if (RecordReader.precomposed(c)) {
                fast.add(c);
            }
        }
        assertThat(fast).contains('a', 'Đ', 'Ơ', 'ư', 'ạ', 'ễ', 'ỹ').doesNotContain('\u0300', '\u0301', '\u0323');
        for (char a : fast) {
            assertThat(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
            for (char b : fast) {
                String pair = new String(new char[] {a, b});
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) a, (int) b).isTrue();
            }
        }
    }

    @Test
    void aCombiningMarkStillGoesToTheNormaliser() {
        assertThat(RecordReader.precomposed('\u0301')).isFalse();   // e + ◌́ must become é
        assertThat(RecordReader.precomposed('\u0340')).isFalse();   // NFC_QC=No singleton
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @Test
    void aControlCharacterDeepInsideIsRefusedWithItsPath() throws Exception {
        RecordReader in = new RecordReader("HS-1", JSON);
        var record = JSON.readTree("{\"L\":[{\"a\":\"ok\"},{\"b\":{\"c\":\"x\\u0007\"}}]}");

        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> in.copyFields(record, List.of("L"), "P."), RecordReader.Refused.class);

        assertThat(refused.violation().field()).isEqualTo("P.L[1].b.c");
        assertThat(refused.violation().problem()).isEqualTo(Problem.CONTROL_CHARACTER);
    }

    @Test
    void nestedKeysAreSortedAndTextComposedWhereverTheyAreAndWhatIsAlreadySoIsKeptAsItIs() throws Exception {
        RecordReader in = new RecordReader("HS-1", JSON);
        String nfd = Normalizer.normalize("Hồ sơ", Normalizer.Form.NFD);
        var record = JSON.readTree("{\"A\":[{\"a\":\"1\",\"b\":\"ok\"},{\"b\":\"x\",\"a\":\"2\"},{\"a\":\"" + nfd + "\"}],"
                + "\"B\":[{\"a\":\"1\",\"c\":[\"Hồ sơ\"]}]}");

        var out = in.copyFields(record, List.of("B", "A"), "");

        assertThat(JSON.writeValueAsString(out)).isEqualTo("{\"B\":[{\"a\":\"1\",\"c\":[\"Hồ sơ\"]}],"
                + "\"A\":[{\"a\":\"1\",\"b\":\"ok\"},{\"a\":\"2\",\"b\":\"x\"},{\"a\":\"Hồ sơ\"}]}");
        assertThat(out.get("B")).isSameAs(record.get("B"));              // canonical already: not copied
        assertThat(out.get("A")).isNotSameAs(record.get("A"));           // its second and third items changed
        assertThat(out.get("A").get(0)).isSameAs(record.get("A").get(0));
        assertThat(record.get("A").get(1).fieldNames().next()).isEqualTo("b");   // the source's own tree is left alone
    }
}
