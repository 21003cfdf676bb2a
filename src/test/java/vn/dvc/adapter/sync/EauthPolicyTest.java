package vn.dvc.adapter.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;

import static vn.dvc.adapter.WireMockSystems.PORTAL;
import static vn.dvc.adapter.WireMockSystems.SOURCE;
import static vn.dvc.adapter.WireMockSystems.portalReply;

/** An online applicant without a verified ID token: reported and sent by default, held under {@code hold}. */
class EauthPolicyTest {

    /** Online, the source claims VNeID, but there is no token to verify. */
    private static final String UNVERIFIED = "\"KenhThucHien\":2,\"TaiKhoanDuocXacThucVoiVNeID\":1,\"XacThuc\":{\"PhuongThuc\":\"VNEID\"}";

    private static void stub() {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null,
                Dossiers.valid("HS-ONLINE", "2025-03-04T08:20:00+07:00", UNVERIFIED)))));
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
    }

    @Nested
    class SendAndReport extends WireMockSystems {
        @Autowired
        SyncService sync;

        @Test
        void sendsTheDossierFlaggedAsNotAuthenticatedNeverCopyingTheSourcesClaim() {
            stub();
            RunSummary run = sync.runOnce();

            assertThat(run.sent()).isEqualTo(1);
            PORTAL.verify(postRequestedFor(urlEqualTo("/integration"))
                    .withRequestBody(matchingJsonPath("$.data[0].TaiKhoanDuocXacThucVoiVNeID", equalTo("0"))));
            Map<String, Object> row = jdbc.queryForMap("select state, eauth_status, eauth_reason from transfer");
            assertThat(row.get("state")).isEqualTo("SENT");
            assertThat(row.get("eauth_status")).isEqualTo("FAILED");
            assertThat(row.get("eauth_reason")).isEqualTo("MISSING_TOKEN");
        }
    }

    @Nested
    @TestPropertySource(properties = "adapter.checks.eauth-failure=hold")
    class Hold extends WireMockSystems {
        @Autowired
        SyncService sync;

        @Test
        void holdsTheDossierWithTheReason() {
            stub();
            RunSummary run = sync.runOnce();

            assertThat(run.held()).isEqualTo(1);
            assertThat(run.sent()).isZero();
            Map<String, Object> row = jdbc.queryForMap("select state, error_code, last_error from transfer");
            assertThat(row.get("state")).isEqualTo("HELD");
            assertThat(row.get("error_code")).isEqualTo("EAUTH_MISSING_TOKEN");
            assertThat(vn.dvc.adapter.TestProperties.cipher().open((String) row.get("last_error"))).contains("HS-ONLINE");
        }
    }
}
