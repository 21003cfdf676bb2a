package vn.dvc.adapter.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.system.JsonText;

/** The portal client and the dossier push against a WireMock portal that follows domain.md §4. */
class PortalContractTest extends WireMockSystems {

    @Autowired
    PortalClient client;
    @Autowired
    DossierPush push;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fresh() {
        client.forgetCredentials();
    }

    @Test
    void getsTheGatewayTokenOnceWithClientCredentialsAndSendsItAsBearer() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));

        client.integration("TraCuuHoSo", json.createObjectNode().put("MaHoSo", "A"));
        client.integration("TraCuuHoSo", json.createObjectNode().put("MaHoSo", "B"));

        PORTAL.verify(1, postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=motcua")).withRequestBody(containing("client_secret=s3cret")));
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/auth"))
                .withRequestBody(matchingJsonPath("$.username", equalTo("hoabinh"))));
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/integration"))
                .withHeader("Authorization", equalTo("Bearer tok-1"))
                .withRequestBody(matchingJsonPath("$.session", equalTo("ses-1")))
                .withRequestBody(matchingJsonPath("$.madonvi", equalTo("000.00.00.H25")))
                .withRequestBody(matchingJsonPath("$.service", equalTo("TraCuuHoSo"))));
    }

    @Test
    void anExpiredTokenGetsExactlyOneNewTokenAndOneRetry() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("token").whenScenarioStateIs(STARTED)
                .willReturn(com.github.tomakehurst.wiremock.client.WireMock.unauthorized()).willSetStateTo("renewed"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("token").whenScenarioStateIs("renewed")
                .willReturn(portalReply(0, "Thành công")));

        var reply = client.integration("TraCuuHoSo", json.createObjectNode().put("MaHoSo", "A"));

        assertThat(reply.path("error_code").asInt()).isZero();
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/token")));
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/integration")));
    }

    @Test
    void sessionExpiryErrorCode2LogsInAgainAndRepeatsTheCall() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("session").whenScenarioStateIs(STARTED)
                .willReturn(portalReply(2, "Phiên làm việc hết hạn")).willSetStateTo("expired"));
        PORTAL.stubFor(post(urlEqualTo("/integration")).inScenario("session").whenScenarioStateIs("expired")
                .willReturn(portalReply(0, "Thành công")));

        List<Outcome> outcomes = push.push(items(1, false), PushCalls.NONE);

        assertThat(outcomes).extracting(Outcome::kind).containsExactly(Outcome.Kind.ACCEPTED);
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/auth")));
        PORTAL.verify(2, postRequestedFor(urlEqualTo("/integration")));
    }

    @Test
    void eachDossiersBytesAreSentAsTheyWereSerialisedVietnameseIncluded() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));

        push.push(items(2, false), PushCalls.NONE);

        byte[] body = PORTAL.findAll(postRequestedFor(urlEqualTo("/integration"))).get(0).getBody();
        String sent = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sent).contains("\"data\":[{\"MaHoSo\":\"HS-0\",\"ChuHoSo\":\"Nguyễn Văn Ân\"},"
                + "{\"MaHoSo\":\"HS-1\",\"ChuHoSo\":\"Nguyễn Văn Ân\"}]");
        assertThat(sent.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(body);   // well-formed UTF-8
    }

    @Test
    void daTonTaiResendsTheWholeBatchAsAnUpdate() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.isUpdating", equalTo("False")))
                .willReturn(portalReply(3, "Hồ sơ HS-2 đã tồn tại")));
        PORTAL.stubFor(post(urlEqualTo("/integration")).withRequestBody(matchingJsonPath("$.isUpdating", equalTo("True")))
                .willReturn(portalReply(0, "Thành công")));

        List<Outcome> outcomes = push.push(items(3, false), PushCalls.NONE);

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.ACCEPTED);
            assertThat(o.atPortal()).isTrue();
        });
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("DongBoHoSoMC")))
                .withRequestBody(matchingJsonPath("$.isUpdating", equalTo("True")))
                .withRequestBody(matchingJsonPath("$.data.length()", equalTo("3"))));
    }

    @Test
    void anInvalidDossierRejectsTheBatchAndIsFoundByHalving() {
        // Any batch holding HS-37 is refused whole, as the portal does; the rest must get through.
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == 'HS-37')]"))
                .willReturn(portalReply(-1, "Hồ sơ HS-37: NgayHenTra không hợp lệ")));
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(2).willReturn(portalReply(0, "Thành công")));

        List<Outcome> outcomes = push.push(items(100, false), PushCalls.NONE);

        assertThat(outcomes.stream().filter(o -> o.kind() == Outcome.Kind.ACCEPTED)).hasSize(99);
        Outcome bad = outcomes.get(37);
        assertThat(bad.maHoSo()).isEqualTo("HS-37");
        assertThat(bad.kind()).isEqualTo(Outcome.Kind.REJECTED);
        assertThat(bad.message()).contains("HS-37: NgayHenTra không hợp lệ");
        int calls = PORTAL.findAll(postRequestedFor(urlEqualTo("/integration"))).size();
        assertThat(calls - 1).isLessThanOrEqualTo(2 * 7);  // 2·⌈log2(100)⌉ extra calls at most
    }

    @Test
    void progressEntriesFollowTheirDossierAndOnlyTheNewOnes() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        String dossier = json.createObjectNode().put("MaHoSo", "HS-1").toString();
        List<JsonText> progress = IntStream.range(0, 3)
                .mapToObj(i -> JsonText.of(json.createObjectNode().put("MaHoSo", "HS-1").put("TrangThai", i + 2).toString())).toList();

        List<Outcome> outcomes = push.push(List.of(new PushItem("HS-1", "h", JsonText.of(dossier), progress, true, false, 1, null)), PushCalls.NONE);

        assertThat(outcomes.get(0).progressSent()).isEqualTo(3);
        PORTAL.verify(0, postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("DongBoHoSoMC"))));
        PORTAL.verify(1, postRequestedFor(urlEqualTo("/integration"))
                .withRequestBody(matchingJsonPath("$.service", equalTo("CapNhatTienDoHoSoMC")))
                .withRequestBody(matchingJsonPath("$.data.length()", equalTo("2"))));
    }

    @Test
    void aServerErrorThatOutlastsTheRetriesFailsTheBatchAsTransient() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(
                com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable()));

        List<Outcome> outcomes = push.push(items(2, false), PushCalls.NONE);

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.kind()).isEqualTo(Outcome.Kind.FAILED);
            assertThat(o.code()).isEqualTo("HTTP_503");
            assertThat(o.httpStatus()).isEqualTo(503);
        });
        PORTAL.verify(4, postRequestedFor(urlEqualTo("/integration")));  // adapter.sync.max-attempts
    }

    private List<PushItem> items(int n, boolean atPortal) {
        return IntStream.range(0, n).mapToObj(i -> new PushItem("HS-" + i, "h" + i,
                JsonText.of(json.createObjectNode().put("MaHoSo", "HS-" + i).put("ChuHoSo", "Nguyễn Văn Ân").toString()),
                List.<JsonText>of(), atPortal, true, 0, null)).toList();
    }
}
