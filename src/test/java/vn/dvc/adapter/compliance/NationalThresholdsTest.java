package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.Targets;

/**
 * Issue 22, item 5: one source of the national thresholds for every view. An indicator DVCQG sets no
 * threshold for (1.4, 2.1, 3.6, 4.1, 4.4, 4.5) reaches its maximum at 100%: the JSON says 1.0, the HTML
 * and the CSV 100,0%, as the console does, and a verdict "not met" is against a threshold the report shows.
 */
class NationalThresholdsTest {

    private final ComplianceReport report = Sample.report();

    @Test
    void theJsonTheHtmlAndTheCsvGiveEveryIndicatorTheSameThresholdAsTheScoring() throws Exception {
        JsonNode json = new ObjectMapper().readTree(ComplianceJson.write(new ObjectMapper(), report, false))
                .path("province").path("national");
        String html = ComplianceHtml.write(report, false);
        String csv = new String(ComplianceCsv.write(report, false), StandardCharsets.UTF_8).split("\r\n")[1];
        Targets defaults = new Targets(null, java.util.List.of());

        for (String id : NationalScoring.IDS) {
            double threshold = defaults.national(id).threshold();
            String shown = Numbers.percent(threshold, false);
            NationalIndicator indicator = report.province().national().get(id);

            assertThat(indicator.threshold()).as(id).isEqualTo(threshold);
            assertThat(json.path(id).path("threshold").isNumber()).as("JSON threshold of %s", id).isTrue();
            assertThat(json.path(id).path("threshold").asDouble()).as(id).isEqualTo(threshold);
            Matcher row = Pattern.compile("<tr><td>" + Pattern.quote(id + " ") + ".*?</tr>").matcher(html);
            assertThat(row.find()).as("HTML row of %s", id).isTrue();
            assertThat(row.group()).as("HTML row of %s", id).contains("<td class=\"n\">" + shown + "</td>");
            assertThat(csv).as("CSV header of %s", id).contains(id + " " + NationalLabels.name(id, false) + " (%, ngưỡng " + shown + ")");
        }
        assertThat(report.province().national().get("1.4").threshold()).isEqualTo(1.0);
        assertThat(json.path("1.4").path("threshold").asDouble()).isEqualTo(1.0);
    }
}
