package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderings of a hand-made report: CSV for Excel, JSON for machines, HTML for people. */
class RenderingTest {

    private final ComplianceReport report = Sample.report();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void csvOpensInExcelWithVietnameseIntact() {
        byte[] csv = ComplianceCsv.write(report, false);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n").doesNotContain("\r\n\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines).hasSize(1 + 1 + 5 + 1);  // about the file, header, five agencies, province
        // Vietnamese conventions: decimal comma, so cells are separated by semicolons (what Excel expects under vi-VN)
        assertThat(lines.get(0)).isEqualTo("Kỳ báo cáo;01/01/2025 – 31/03/2025;Dấu thập phân: dấu phẩy (51,2);Phân cách cột: dấu chấm phẩy");
        assertThat(lines.get(1)).startsWith("Mã đơn vị;Đơn vị;Khối;Xếp hạng;Hồ sơ tiếp nhận;Hồ sơ trực tuyến mức 3, 4;");
        // 41/80 = 51.25% → 51,3 (half up); target 0.51 → 51,0; a comma inside a name needs no quotes here
        assertThat(lines.get(2)).startsWith("000.00.01.H25;Sở Tư pháp;Sở, ban, ngành;1;80;41;51,3;51,0;Có;83,3;95,3;54,5;98,8;65,0;");
        assertThat(lines.get(4)).startsWith("000.00.03.H25;\"Sở Thông tin và Truyền thông, \"\"Phòng\"\" <Bưu chính> & Viễn thông\";");
        // no dossier in the period: no verdict and no points, empty cells as the README says, never "Không" or 0,00
        assertThat(lines.get(6)).startsWith("H25.02;UBND huyện Mai Châu;UBND cấp huyện;;0;0;;51,0;;").endsWith(";;")
                .doesNotContain("Không").doesNotContain("0,00");
        assertThat(lines.get(7)).startsWith(";Toàn tỉnh;;;220;111;50,5;50,0;Có;");
        assertThat(text).isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
    }

    @Test
    void csvFollowsTheLanguageInHeadersAndNumbers() {
        String text = new String(ComplianceCsv.write(report, true), StandardCharsets.UTF_8);
        List<String> lines = List.of(text.substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Period,2025-01-01 – 2025-03-31,Decimal mark: point (51.2),Column separator: comma");
        assertThat(lines.get(1)).startsWith("Agency code,Agency,Tier,Rank,Dossiers received,\"Online dossiers, level 3/4\",");
        assertThat(lines.get(2)).startsWith("000.00.01.H25,Sở Tư pháp,Departments,1,80,41,51.3,51.0,Yes,83.3,");
        assertThat(text).contains(",Province,");
    }

    @Test
    void jsonHasTheAgreedKeys() throws Exception {
        JsonNode json = mapper.readTree(ComplianceJson.write(mapper, report, false));

        assertThat(json.path("period").path("from").asText()).isEqualTo("2025-01-01");
        assertThat(json.path("period").path("to").asText()).isEqualTo("2025-03-31");
        assertThat(json.path("generatedAt").asText()).isEqualTo("2025-04-01T09:00:00+07:00");
        JsonNode first = json.path("agencies").get(0);
        List<String> keys = List.of("code", "name", "tier", "received", "online", "onlineShare", "target", "meetsTarget", "rank",
                "integrationCoverage", "eauthRate", "onlineEligibleShare", "syncRatio", "onTimeRate");
        assertThat(first.fieldNames()).toIterable().containsAll(keys);
        assertThat(first.path("name").asText()).isEqualTo("Sở Tư pháp");
        assertThat(first.path("onlineShare").asDouble()).isEqualTo(41.0 / 80);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(json.path("agencies").get(4).path("rank").isNull()).isTrue();
        assertThat(json.path("agencies").get(4).path("onlineShare").isNull()).isTrue();
        JsonNode province = json.path("province");
        assertThat(province.path("onlineShare").asDouble()).isEqualTo(111.0 / 220);
        assertThat(province.path("meetsTargets").path("onlineShare").asBoolean()).isTrue();
        assertThat(province.path("quarantinedNotCounted").asLong()).isEqualTo(3);
        assertThat(province.path("unconfiguredAgencies").get(0).path("code").asText()).isEqualTo("H25.99");
        assertThat(json.path("gaps").path("procedures").get(1).path("why").asText()).isEqualTo("không có trên DVCQG");
        assertThat(json.path("gaps").path("procedures").get(0).path("why").asText()).isEqualTo("chưa tích hợp");
        assertThat(json.path("gaps").path("eauthFailures").path("province").path("EXPIRED").asLong()).isEqualTo(3);
        assertThat(json.path("gaps").path("held").path("total").asLong()).isEqualTo(1);
    }

    @Test
    void htmlStandsAloneWithChartsAndEscapedText() {
        String html = ComplianceHtml.write(report, false);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"vi\">").contains("<meta charset=\"utf-8\">");
        assertThat(html).contains("<svg").contains("Sở Tư pháp").contains("UBND huyện Mai Châu").contains("Đạt").contains("Chưa đạt")
                .contains("chưa có dữ liệu");   // Mai Châu received nothing: no verdict
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script")
                .doesNotContain("<link").doesNotContain("@import").doesNotContain("url(");
        assertThat(html).contains("&quot;Phòng&quot; &lt;Bưu chính&gt; &amp; Viễn thông").doesNotContain("<Bưu chính>")
                .contains("Cấp chứng chỉ hành nghề &lt;dược&gt;");
        assertThat(count(html, "<svg")).isEqualTo(2);
        // the online-share chart: pass green, fail red, one target marker per agency
        String online = html.substring(html.indexOf("<svg"), html.indexOf("</svg>"));
        assertThat(count(online, "fill=\"" + Charts.PASS + "\"")).isEqualTo(2 + 1);   // Tư pháp, Lạc Sơn, legend
        assertThat(count(online, "fill=\"" + Charts.FAIL + "\"")).isEqualTo(2 + 1);   // Y tế, TT&TT, legend
        assertThat(online).contains("không có hồ sơ");                                  // Mai Châu
        assertThat(html).contains("51,3%");
    }

    @Test
    void htmlInEnglish() {
        String html = ComplianceHtml.write(report, true);
        assertThat(html).contains("<html lang=\"en\">").contains("Online share").contains("Not met").contains("51.3%")
                .doesNotContain("Chưa đạt");
    }

    @Test
    void filesForTheDemoAndASummaryForTheTerminal(@TempDir Path dir) throws Exception {
        List<Path> written = ComplianceFiles.write(report, dir);

        assertThat(written).containsExactly(dir.resolve("compliance.html"), dir.resolve("compliance.json"));
        assertThat(Files.readString(written.get(0))).contains("<svg").contains("lang=\"vi\"");
        assertThat(mapper.readTree(written.get(1).toFile()).path("agencies")).hasSize(5);
        String summary = ComplianceFiles.provinceSummary(report, false);
        assertThat(summary).contains("Tỷ lệ hồ sơ trực tuyến").contains("50,5%").contains("Sở, ban, ngành: 1/3");
        assertThat(ComplianceFiles.provinceSummary(report, true)).contains("Online share").contains("50.5%");
    }

    @Test
    void labelsAreNfc() {
        for (String text : NationalLabels.all()) {
            assertThat(java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)).as(text).isTrue();
        }
        for (String text : Labels.all()) {
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(text).isTrue();
        }
    }

    private static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theNationalIndicatorsAppearInEveryFormatWithPointsAndUnknownsAsSuch() throws Exception {
        ComplianceReport r = Sample.report();
        JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                ComplianceJson.write(new com.fasterxml.jackson.databind.ObjectMapper(), r, false));
        JsonNode national = json.path("province").path("national");

        assertThat(national.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("1.4", "2.1", "3.1", "3.3", "3.6", "4.1", "4.2", "4.3", "4.4", "4.5", "5.4");
        JsonNode synced = national.path("1.4");
        assertThat(synced.path("numerator").asLong()).isEqualTo(180);
        assertThat(synced.path("denominator").asLong()).isEqualTo(200);
        assertThat(synced.path("share").asDouble()).isEqualTo(0.9);
        assertThat(synced.path("points").asDouble()).isEqualTo(5.4);            // no threshold: 0.9 × 6
        assertThat(synced.path("max").asDouble()).isEqualTo(6.0);
        assertThat(synced.path("threshold").asDouble()).as("no threshold of its own: 100%").isEqualTo(1.0);
        assertThat(synced.path("unknown").isNull()).isTrue();
        assertThat(national.path("3.6").path("unknown").asText()).isEqualTo("NO_FEE_ATTRIBUTE");
        assertThat(national.path("3.6").path("share").isNull()).isTrue();
        assertThat(national.path("3.6").path("points").isNull()).isTrue();
        assertThat(national.path("3.3").path("share").asDouble()).isEqualTo(0.3 * 0.9);   // × the sync ratio
        assertThat(national.path("3.3").path("postal").path("numerator").asLong()).isEqualTo(20);
        assertThat(national.path("3.1").path("toanTrinh").path("share").asDouble()).isEqualTo(0.6);
        assertThat(national.path("5.4").path("note").asText()).isEqualTo("LATE_PART_ONLY");
        double[] points = r.province().nationalPoints();
        assertThat(json.path("province").path("nationalPoints").path("points").asDouble()).isEqualTo(points[0]);
        assertThat(json.path("province").path("nationalPoints").path("max").asDouble()).isEqualTo(62.0);  // 72 but 3.6's 10
        assertThat(json.path("agencies").get(0).path("national").isObject()).isTrue();
        assertThat(json.path("agencies").get(0).has("holdsBack")).isTrue();

        String csv = new String(ComplianceCsv.write(r, false), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow()).contains("3.3 Tỷ lệ hồ sơ trực tuyến (cách tính của DVCQG) (%, ngưỡng 50,0%)");
        assertThat(csv.lines().reduce((a, b) -> b).orElseThrow()).contains(";90,0;5,40;");
        String html = ComplianceHtml.write(r, true);
        assertThat(html).contains("Forecast score under Decision 766/QĐ-TTg: " + NationalLabels.score(points, true))
                .contains("the catalogue does not say which procedures bear fees");
    }

    /** Issue 22: an agency dissolved before the period's end is named, not shown by its code, wherever the report lists it. */
    @Test
    void aDissolvedAgencyIsNamedInTheGapLists() {
        ComplianceReport r = Sample.report();
        Gaps gaps = new Gaps(List.of(new Gaps.ProcedureGap("H25.03", "1.000003", "Đăng ký kết hôn", Gaps.Why.NOT_INTEGRATED)),
                List.of(), List.of(new Gaps.HeldDossier("H25.03-250301-0001", "H25.03", "1.009999", "chưa có trên DVCQG")), 1);
        ComplianceReport withDissolved = new ComplianceReport(r.from(), r.to(), r.generatedAt(), r.province(), r.agencies(), gaps,
                r.names());

        String html = ComplianceHtml.write(withDissolved, false);

        assertThat(html).contains("<td>UBND huyện Kỳ Sơn (đã sáp nhập)</td>").doesNotContain("<td>H25.03</td>");
    }

    /** Issue 22: the report's held dossiers are those received in its period, and it says so beside the run's count. */
    @Test
    void theHeldOfTheReportSayTheyAreThoseReceivedInThePeriod() {
        assertThat(ComplianceFiles.provinceSummary(report, false)).contains("Hồ sơ tạm giữ tiếp nhận trong kỳ");
        assertThat(ComplianceFiles.provinceSummary(report, true)).contains("Held dossiers received in the period");
    }
}
