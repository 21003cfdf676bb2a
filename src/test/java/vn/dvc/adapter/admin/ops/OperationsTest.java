package vn.dvc.adapter.admin.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/** Health with the ledger, the source, the portal and the last run; Prometheus with the adapter's metrics. */
class OperationsTest extends AdminSystems {

    @Test
    void healthIsOpenAsAStatusAndDetailedForASignedInUser() {
        synced();
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(json(anonymous).path("status").asText()).isEqualTo("UP");
        assertThat(json(anonymous).has("components")).isFalse();

        JsonNode health = json(get("/actuator/health", VIEWER));
        JsonNode components = health.path("components");
        assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("source").path("status").asText()).isEqualTo("UP");
        assertThat(components.path("portal").path("status").asText()).isEqualTo("UP");
        // no URL in the details (issue 12): any viewer reads them; the probe's answer instead
        assertThat(components.path("portal").path("details").has("url")).isFalse();
        assertThat(components.path("portal").path("details").path("httpStatus").asInt()).isEqualTo(200);
        assertThat(components.path("sync").path("details").path("lastSuccess").asText()).isNotEqualTo("never");
        assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusNeedsCredentialsAndExposesTheAdaptersMetrics() {
        String failed = failedTransfer();
        String agency = jdbc.queryForObject("select ma_don_vi from transfer where ma_ho_so = ?", String.class, failed);

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        HttpResponse<String> scrape = get("/actuator/prometheus", "Bearer " + TOKEN);

        assertThat(scrape.statusCode()).isEqualTo(200);
        String metrics = scrape.body();
        assertThat(metrics).containsPattern("adapter_dossiers_total\\{agency=\"[^\"]+\",outcome=\"pulled\"} [1-9]")
                .containsPattern("adapter_dossiers_total\\{agency=\"[^\"]+\",outcome=\"sent\"} [1-9]")
                .containsPattern("adapter_dossiers_total\\{agency=\"[^\"]+\",outcome=\"quarantined\"} [1-9]")
                .contains("adapter_dossiers_total{agency=\"" + agency + "\",outcome=\"failed\"}")
                .containsPattern("adapter_run_duration_seconds_count\\{kind=\"SYNC\",status=\"[A-Z]+\"} [1-9]")
                .containsPattern("adapter_portal_request_seconds_count\\{service=\"DongBoHoSoMC\",status=\"200\"} [1-9]")
                .contains("adapter_portal_request_seconds_count{service=\"DongBoHoSoMC\",status=\"503\"}")
                .containsPattern("adapter_portal_request_seconds_bucket\\{service=\"token\",status=\"200\",le=\"0\\.5\"}")
                .containsPattern("adapter_backlog\\{state=\"FAILED\"} [1-9]")
                .contains("adapter_backlog{state=\"PENDING\"}")
                .containsPattern("adapter_source_lag_seconds [0-9]")
                .containsPattern("adapter_last_success_timestamp_seconds [0-9]");
    }
}
