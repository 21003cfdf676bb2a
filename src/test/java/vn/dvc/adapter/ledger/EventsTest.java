package vn.dvc.adapter.ledger;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.serviceUnavailable;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.sync.SyncService;

/**
 * Issue 22, item 2: every change of a transfer's state writes its event, whoever changes it — the
 * first send, a resend by a later run, a catalogue refresh releasing a held dossier, a reconcile
 * marking drift (ReplayTest) — so a transfer's page tells its whole story. A new version of a
 * dossier the portal already holds is no change of state, and no event.
 */
class EventsTest extends WireMockSystems {

    private static final String OTHER_PROCEDURE = "1.000001.000.00.12.H25";

    @Autowired
    SyncService sync;
    @Autowired
    Events events;
    @Autowired
    PortalClient client;
    @Autowired
    ProducerTemplate camel;

    @Test
    void aDossierSentFailedResentAndChangedTellsEachChangeOfStateOnce() {
        client.forgetCredentials();
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(2).willReturn(portalReply(0, "Thành công")));
        source(Dossiers.valid("HS-A", "2025-03-04T08:00:00+07:00", null));
        sync.runOnce();
        PORTAL.stubFor(post(urlEqualTo("/integration")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.data[?(@.MaHoSo == 'HS-B')]")).willReturn(serviceUnavailable()));
        source(Dossiers.valid("HS-A", "2025-03-04T08:00:00+07:00", null), Dossiers.valid("HS-B", "2025-03-04T08:00:01+07:00", null));
        sync.runOnce();
        PORTAL.removeStub(PORTAL.getStubMappings().stream().filter(m -> Integer.valueOf(1).equals(m.getPriority()))
                .findFirst().orElseThrow());
        source(Dossiers.valid("HS-B", "2025-03-04T08:00:01+07:00", null),
                Dossiers.valid("HS-A", "2025-03-05T08:00:00+07:00", "\"GhiChu\":\"Bổ sung\""));

        int sent = sync.runOnce().sent();   // resends HS-B, sends HS-A's new version

        assertThat(sent).isEqualTo(2);

        assertThat(events.of("HS-A")).extracting(Events.Entry::kind, Events.Entry::state)
                .containsExactly(tuple("SYNC", "SENT"));
        assertThat(events.of("HS-B")).extracting(Events.Entry::kind, Events.Entry::state, Events.Entry::code)
                .containsExactly(tuple("SYNC", "FAILED", "HTTP_503"), tuple("SYNC", "SENT", null));
    }

    @Test
    void aHeldDossierReleasedByTheCatalogueTellsItsReleaseAndItsSend() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        source(Dossiers.valid("HS-H", "2025-03-04T08:00:00+07:00", null).replace("2.000477.000.00.12.H25", OTHER_PROCEDURE));
        sync.runOnce();
        assertThat(jdbc.queryForObject("select state from transfer where ma_ho_so = 'HS-H'", String.class)).isEqualTo("HELD");
        PORTAL.stubFor(post(urlEqualTo("/share")).willReturn(okJson("""
                {"error_code":0,"result":[{"MaTTHC":"2.000477.000.00.12.H25","MucDo":4,"TichHop":true},
                                          {"MaTTHC":"%s","MucDo":4,"TichHop":true}]}""".formatted(OTHER_PROCEDURE))));

        camel.requestBody("direct:catalogue-refresh", (Object) null);
        sync.runOnce();

        assertThat(events.of("HS-H")).extracting(Events.Entry::kind, Events.Entry::state, Events.Entry::code)
                .containsExactly(tuple("SYNC", "HELD", "PROCEDURE_UNKNOWN"), tuple("CATALOGUE", "PENDING", null),
                        tuple("SYNC", "SENT", null));
    }

    private static void source(String... items) {
        SOURCE.stubFor(get(urlPathEqualTo("/api/v1/dossiers")).willReturn(okJson(Dossiers.page(null, items))));
    }
}
