package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.Say;

/**
 * Issue 22: the demo's first time-left estimate said 7 min 12 s for a 68 s run, because it counted the
 * run's start (catalogue, connections, a cold JIT) as the pace of the whole. The pace is now the one since
 * the first page, and there is none until the run has moved on from it; and it speaks the command's --lang.
 */
class TerminalProgressTest {

    @AfterEach
    void vietnameseAgain() {
        Say.english(false);
    }

    @Test
    void theTimeLeftIsThePaceSinceTheFirstPageNotTheStartsCost() {
        // a slow start: the first page done after 5 s had covered 1% of the way
        TerminalProgress.Pace pace = new TerminalProgress.Pace(1, 0.01, 5_000_000_000L);

        Duration atFirst = pace.left(0.01, 5_000_000_000L);
        Duration later = pace.left(0.05, 6_000_000_000L);   // then 4% more in one second

        assertThat(atFirst).as("no estimate from the first page alone").isNull();
        assertThat(later).isBetween(Duration.ofSeconds(23), Duration.ofSeconds(24));   // 0.95 left at 4% a second
        double naive = 6.0 * (1 - 0.05) / 0.05;   // what the whole elapsed time gave: 114 s
        assertThat((double) later.toSeconds()).isLessThan(naive / 4);
    }

    @Test
    void durationsFollowTheCommandsLanguage() {
        assertThat(TerminalProgress.format(Duration.ofSeconds(68))).isEqualTo("1 phút 8 giây");
        Say.english(true);
        assertThat(TerminalProgress.format(Duration.ofSeconds(68))).isEqualTo("1 min 8 s");
    }
}
