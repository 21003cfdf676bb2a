package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.ledger.RunStatus;
import vn.dvc.adapter.sync.RunSummary;

/**
 * Issue 22: the demo printed "giữ lại 477" beside "Hồ sơ tạm giữ … 453" with no word on the difference: the
 * run counts every dossier it held, the report those received in its period. Each now says which it counts
 * (the report's side: RenderingTest).
 */
class HeldWordsTest {

    private static final RunSummary RUN = new RunSummary(1, RunStatus.SUCCEEDED, 40, 20_000, 19_000, 0, 523, 0, 0, 477, 0,
            68_000, "2026-12-04T10:00:00Z", null, 0, 0, Map.of());

    @Test
    void theRunsHeldAndTheReportsHeldSayWhatEachCounts() {
        assertThat(SummaryPrinter.human(RUN, false)).contains("giữ lại      477").contains("mọi hồ sơ của lượt");
        assertThat(SummaryPrinter.human(RUN, true)).contains("held        477").contains("every dossier of the run");
    }
}
