package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.JsonText;

/** The ledger's resend payload gives back the very bytes that were mapped, an entry held back as null. */
class PayloadTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void readsBackTheMappedBytesEmojiAndHeldEntryIncluded() {
        JsonText dossier = JsonText.of("{\"MaHoSo\":\"HS-1\",\"TrichYeuHoSo\":\"Cấp đổi 😀 \\\"giấy\\\" phép\"}");
        Payload written = new Payload(dossier, Arrays.asList(JsonText.of("{\"TrangThai\":\"2\",\"NguoiXuLy\":\"Trần Ân\"}"), null));

        Payload read = Payload.read(json, written.write());

        assertThat(read.dossier()).isEqualTo(dossier);
        assertThat(read.progress()).containsExactlyElementsOf(written.progress());
        assertThat(written.write()).contains(",null]}");
    }
}
