package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.SourceSettings;

/**
 * Issue 22: a run's note in the reader's words, naming the system, where it was the HTTP client's raw
 * English ("HTTP operation failed invoking … with statusCode: 503") in the console and on the terminal.
 */
class RunNotesTest {

    private final RunNotes notes = new RunNotes(TestProperties.messages(), TestProperties.of(
            new SourceSettings("api", URI.create("http://motcua.test:8081"), 500, null, null, 4, 500)));

    @Test
    void theRawErrorsThatEndARunReadInBothLanguagesNamingTheSystem() {
        String http = "HTTP operation failed invoking http://motcua.test:8081/api/v1/dossiers?updatedSince=2025-01-01T00%3A00%3A00Z"
                + "&limit=500 with statusCode: 503";
        String refused = "Connect to http://motcua.test:8081 failed: Connection refused";
        String portal = "Connect to https://api.dichvucong.test:443 failed: Connection timed out";

        assertThat(notes.text(http, false)).isEqualTo("Hệ thống một cửa trả về HTTP 503; lượt chạy sau đọc lại từ mốc đồng bộ");
        assertThat(notes.text(http, true)).isEqualTo("The one-stop system answered HTTP 503; the next run reads again from the checkpoint");
        assertThat(notes.text(refused, false)).startsWith("Không kết nối được Hệ thống một cửa (Connection refused)");
        assertThat(notes.text(portal, true)).startsWith("Could not connect to the national portal");
        assertThat(notes.text("ngắt mạch: 3 lô liên tiếp gặp lỗi tạm thời của Cổng DVCQG", true))
                .startsWith("Circuit breaker: 3 batches in a row");
        assertThat(notes.text("đang dừng theo yêu cầu (SIGTERM)", true)).startsWith("Stopped on request (SIGTERM)");
        assertThat(notes.text("something the adapter does not know", true)).isEqualTo("something the adapter does not know");
        assertThat(notes.text(null, true)).isNull();
    }
}
