package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The console's compliance page: the national forecast, and a period that has data (issue 11). */
class CompliancePageTest extends AdminSystems {

    @Test
    void opensOnTheYearOfTheLatestDossierWithTheForecastAndNoVerdictForAgenciesWithoutDossiers() {
        synced();
        LocalDate latest = jdbc.queryForObject("select max(ngay_tiep_nhan) from transfer where trang_thai not in (1, 3)",
                java.time.LocalDateTime.class).toLocalDate();

        HttpResponse<String> page = signedIn("/compliance");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("value=\"" + latest.withDayOfYear(1) + "\"").contains("value=\"" + latest + "\"");
        assertThat(html).contains("Điểm dự kiến theo Quyết định 766/QĐ-TTg").contains("id=\"national-score\"")
                .contains("Hồ sơ đồng bộ lên DVCQG").contains("Thanh toán trực tuyến");
        // the Hòa Bình tree of this context has no dossier after the merger: none of its agencies has data
        assertThat(html).contains("chưa có dữ liệu");
        String english = signedIn("/compliance?lang=en&from=2025-01-01&to=2025-06-30").body();
        assertThat(english).contains("Forecast score under Decision 766/QĐ-TTg").contains("Holds it back most");
    }

    /** The page as a signed-in viewer sees it: the console takes form logins, not Basic. */
    private HttpResponse<String> signedIn(String path) {
        java.net.http.HttpClient browser = java.net.http.HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        try {
            String login = browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            assertThat(csrf.find()).isTrue();
            browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/login")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=" + VIEWER + "&password=" + VIEWER
                            + "-pw&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return browser.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url(path))).build(),
                    HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
