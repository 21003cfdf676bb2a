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

    /**
     * A text with arguments goes through MessageFormat, where a lone apostrophe quotes what follows: "system's
     * database ({0})" showed its "{0}" raw on the English overview. Each argument must come out in both languages.
     */
    @Test
    void everyArgumentOfATextIsFilledInBothLanguages() throws IOException {
        for (String name : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = load(name);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                java.util.regex.Matcher args = java.util.regex.Pattern.compile("\\{(\\d+)[^}]*}").matcher(text);
                int count = 0;
                while (args.find()) {
                    count = Math.max(count, Integer.parseInt(args.group(1)) + 1);
                }
                if (count == 0) {
                    continue;
                }
                Object[] values = new Object[count];
                for (int i = 0; i < count; i++) {
                    values[i] = 970 + i;   // a number for {0,number,…} too, under a thousand: no separator
                }
                String out = new java.text.MessageFormat(text, java.util.Locale.ROOT).format(values);
                for (int i = 0; i < count; i++) {
                    if (text.contains("{" + i)) {
                        assertThat(out).as(name + " " + key).contains(String.valueOf(970 + i)).doesNotContain("{" + i);
                    }
                }
            }
        }
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
