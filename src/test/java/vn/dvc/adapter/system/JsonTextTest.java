package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

class JsonTextTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectWriter writer = JsonText.writer(json);

    private ObjectNode dossier(int summaryLength) {
        ObjectNode d = json.createObjectNode().put("MaHoSo", "000.00.01.H25-250101-0001");
        d.put("TrichYeuHoSo", "Đăng ký khai sinh 😀 ".repeat(summaryLength / 20 + 1).substring(0, summaryLength));
        d.putArray("TaiLieuNop").addObject().put("TenTepDinhKem", "tờ khai.pdf");
        return d;
    }

    private static byte[] array(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    /** The thread's buffer gives the bytes Jackson's own writer gives, whatever the size and whatever came before. */
    @Test
    void writesTheBytesJacksonWritesThroughOneBufferOfAnySize() throws Exception {
        for (int size : new int[] {10, 20_000, 2_000_000, 300, 70_000}) {
            ObjectNode d = dossier(size);
            byte[] expected = writer.writeValueAsBytes(d);
            assertThat(array(JsonText.write(writer, d).bytes())).as("%d characters", size).isEqualTo(expected);
            assertThat(JsonText.bytes(json.writer(), d)).isEqualTo(json.writeValueAsBytes(d));
        }
    }

    /** The bytes of one value are its own: a later write through the same buffer does not change them. */
    @Test
    void aLaterWriteLeavesEarlierBytesAlone() throws Exception {
        JsonText first = JsonText.write(writer, dossier(5_000));
        byte[] before = array(first.bytes());
        JsonText.write(writer, dossier(9_000));
        assertThat(array(first.bytes())).isEqualTo(before);
        assertThat(first).isEqualTo(JsonText.of(new String(before, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
