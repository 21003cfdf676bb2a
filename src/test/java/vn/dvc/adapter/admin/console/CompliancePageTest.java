package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/** The console's compliance page: the national forecast, and a period that has data (issue 11). */
class CompliancePageTest extends AdminSystems {

    @Test
    void opensOnTheYearOfTheLatestDossierWithTheForecastAndNoVerdictForAgenciesWithoutDossiers() {
        synced();
        LocalDate latest = jdbc.queryForObject("select max(ngay_tiep_nhan) from transfer where trang_thai not in (1, 3)",
                java.time.LocalDateTime.class).toLocalDate();

        HttpResponse<String> page = signedIn(VIEWER, "/compliance");

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("value=\"" + latest.withDayOfYear(1) + "\"").contains("value=\"" + latest + "\"");
        assertThat(html).contains("Điểm dự kiến theo Quyết định 766/QĐ-TTg").contains("id=\"national-score\"")
                .contains("Hồ sơ đồng bộ lên DVCQG").contains("Thanh toán trực tuyến");
        // the Hòa Bình tree of this context has no dossier after the merger: none of its agencies has data
        assertThat(html).contains("chưa có dữ liệu");
        String english = signedIn(VIEWER, "/compliance?lang=en&from=2025-01-01&to=2025-06-30").body();
        assertThat(english).contains("Forecast score under Decision 766/QĐ-TTg").contains("Holds it back most");
    }

    /** The security probe: a mistyped day was answered with Java's parse error, and a year like +99999 with a 500. */
    @Test
    void aMistypedPeriodIsToldInTheReadersLanguageAndTheYearToDateShown() {
        synced();
        String html = signedIn(VIEWER, "/compliance?from=0912345678&to=2025-06-30").body();
        assertThat(html).contains("„09******78“ không phải một ngày từ 1990-01-01 đến 2099-12-31, viết năm-tháng-ngày")
                .doesNotContain("„0912345678").doesNotContain("could not be parsed");
        HttpResponse<String> far = signedIn(VIEWER, "/compliance?lang=en&from=%2B99999-01-01&to=%2B99999-12-31");
        assertThat(far.statusCode()).isEqualTo(200);
        assertThat(far.body()).contains("„+99***-**-01“ is not a day from 1990-01-01 to 2099-12-31, written year-month-day")
                .contains("showing the year to date");
        assertThat(signedIn(VIEWER, "/compliance?lang=en&from=2025-06-30&to=2025-01-01").body())
                .contains("the start 2025-06-30 is after the end 2025-01-01");
    }
}
