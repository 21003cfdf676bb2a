package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every console text exists in both languages, and Vietnamese is stored composed (NFC), UTF-8. */
class TextsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Properties vi = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(vi.getProperty("login.title")).isEqualTo("Đăng nhập");
    }

    @Test
    void vietnameseTextsAndTemplatesAreNfc() throws IOException, URISyntaxException {
        Path templates = Path.of(TextsTest.class.getResource("/templates").toURI());
        List<Path> files;
        try (Stream<Path> s = Files.list(templates)) {
            files = s.toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(f.toString()).isTrue();
        }
        for (String value : load("messages.properties").values().stream().map(String::valueOf).toList()) {
            assertThat(Normalizer.isNormalized(value, Normalizer.Form.NFC)).as(value).isTrue();
        }
    }
}
