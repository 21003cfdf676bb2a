package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A run's state has one writer per part ({@link SyncRun}): the classes of {@code src/main/java} that
 * call each part's writing methods are exactly its owner, so a second writer added anywhere fails here.
 */
class RunStateOwnersTest {

    private static Set<String> writers(String regex) {
        Pattern call = Pattern.compile(regex);
        Set<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (call.matcher(Files.readString(f, StandardCharsets.UTF_8)).find()) {
                    out.add(f.getFileName().toString().replace(".java", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Test
    void theReadPositionIsWrittenByRunControlOnly() {
        assertThat(writers("\\.position\\.(pageRead|passed|stop)\\(")).containsExactly("RunControl");
    }

    @Test
    void theBreakerIsWrittenByPushStepOnly() {
        assertThat(writers("\\.breaker\\.(tripped|open)\\(")).containsExactly("PushStep");
    }

    @Test
    void theReadCountsByPageRecorderAndTheOutcomesByPushStep() {
        assertThat(writers("\\.counters\\.(page|drift|progressIssues)\\(")).containsExactly("PageRecorder");
        assertThat(writers("\\.counters\\.outcomes\\(")).containsExactly("PushStep");
    }

    @Test
    void theResendPositionIsResendersOwn() {
        assertThat(writers("\\brun\\.resend\\b")).containsExactly("Resender");
    }
}
