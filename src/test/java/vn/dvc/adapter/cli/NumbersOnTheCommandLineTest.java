package vn.dvc.adapter.cli;

import vn.dvc.adapter.ledger.RunStatus;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.sync.RunSummary;

/** The command line writes numbers in its reader's language, and serve says where its console is. */
class NumbersOnTheCommandLineTest {

    private static final RunSummary RUN = new RunSummary(7, RunStatus.SUCCEEDED, 40, 18_497, 15_000, 1_500, 1_200, 0, 3, 794, 0,
            12_345, "2025-12-31T00:00:00Z", null, 0, 0, java.util.Map.of());

    @Test
    void vietnameseUsesDotsForThousandsAndCommasForDecimalsEnglishTheOtherWay() {
        String vi = SummaryPrinter.human(RUN, false);
        assertThat(vi).contains("18.497").contains("15.000").contains("1.500").contains("12,3 giây")
                .doesNotContain("18,497").doesNotContain("1,500");
        String en = SummaryPrinter.human(RUN, true);
        assertThat(en).contains("18,497").contains("1,500").contains("12.3 s").doesNotContain("18.497");
    }

    @Test
    void serveNamesTheConsoleTheApiAndTheirLanguages() {
        assertThat(ServeCommand.addresses("8080", "")).contains("http://localhost:8080/ ").contains("?lang=en")
                .contains("http://localhost:8080/api").contains("/swagger-ui.html");
        assertThat(ServeCommand.addresses("9000", "/adapter/")).contains("http://localhost:9000/adapter/api");
    }
}
