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
}
