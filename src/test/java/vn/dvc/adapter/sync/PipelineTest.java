package vn.dvc.adapter.sync;

import vn.dvc.adapter.ledger.RunStatus;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.WireMockSystems;
import vn.dvc.adapter.portal.PortalClient;

/**
 * The pipelined sync against a slow portal: the next page is read while the current one is
 * pushed, batches of consecutive pages are at the portal together, and every dossier still goes
 * once, with the checkpoint at the last one. Not timed: the overlap is read from the portal's own
 * request log (when each call arrived and how long it was served).
 */
@TestPropertySource(properties = {"adapter.sync.concurrency=4", "adapter.source.page-size=8"})
class PipelineTest extends WireMockSystems {

    private static final int PAGES = 4;
    private static final int PER_PAGE = 8;   // two batches of 4 a page
    private static final int DELAY_MS = 300;

    @Autowired
    SyncService sync;
    @Autowired
    PortalClient portal;
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void batchesOfConsecutivePagesAreInFlightTogetherAndEachDossierGoesOnce() throws Exception {
        portal.forgetCredentials();
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công").withFixedDelay(DELAY_MS)));
        for (int p = 0; p < PAGES; p++) {
            String[] items = new String[PER_PAGE];
            for (int i = 0; i < PER_PAGE; i++) {
                int n = p * PER_PAGE + i;
                items[i] = Dossiers.valid(id(p, i), "2025-03-04T08:%02d:%02d+07:00".formatted(n / 60, n % 60), null);
            }
            var request = get(urlPathEqualTo("/api/v1/dossiers"))
                    .withQueryParam("cursor", p == 0 ? absent() : equalTo("c" + p));
            SOURCE.stubFor(request.willReturn(okJson(Dossiers.page(p == PAGES - 1 ? null : "c" + (p + 1), items))));
        }

        RunSummary run = sync.runOnce();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(run.sent()).isEqualTo(PAGES * PER_PAGE);
        List<Call> calls = dongBoCalls();
        assertThat(calls).as("one DongBoHoSoMC per batch, none twice").hasSize(PAGES * PER_PAGE / 4);
        Set<String> sent = new HashSet<>();
        calls.forEach(c -> assertThat(sent.addAll(c.ids)).as("ids of %s sent once", c.ids).isTrue());
        assertThat(sent).hasSize(PAGES * PER_PAGE);

        // some call of one page was at the portal while a call of another page was too
        boolean acrossPages = false;
        for (Call a : calls) {
            for (Call b : calls) {
                acrossPages |= a.page != b.page && a.start < b.end && b.start < a.end;
            }
        }
        assertThat(acrossPages).as("batches of two pages at the portal at once: %s", calls).isTrue();
        // and a page was read while the first page was still being pushed
        long firstPushEnds = calls.stream().filter(c -> c.page == 0).mapToLong(c -> c.end).max().orElseThrow();
        long secondPageRead = SOURCE.getAllServeEvents().stream()
                .filter(e -> e.getRequest().getUrl().contains("cursor=c1"))
                .mapToLong(e -> e.getRequest().getLoggedDate().getTime()).min().orElseThrow();
        assertThat(secondPageRead).as("page 2 read before page 1's pushes ended").isLessThan(firstPushEnds);
        assertThat(jdbc.queryForObject("select last_key from checkpoint", String.class)).isEqualTo(id(PAGES - 1, PER_PAGE - 1));
        assertThat(jdbc.queryForObject("select count(*) from transfer where state = 'SENT'", Integer.class))
                .isEqualTo(PAGES * PER_PAGE);
    }

    private static String id(int page, int i) {
        return "HS-P%d-%02d".formatted(page, i);
    }

    private record Call(int page, List<String> ids, long start, long end) {}

    private List<Call> dongBoCalls() throws Exception {
        List<Call> out = new ArrayList<>();
        for (ServeEvent e : PORTAL.getAllServeEvents()) {
            if (!e.getRequest().getUrl().equals("/integration")) {
                continue;
            }
            JsonNode body = json.readTree(e.getRequest().getBodyAsString());
            if (!"DongBoHoSoMC".equals(body.path("service").asText())) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            body.path("data").forEach(d -> ids.add(d.path("MaHoSo").asText()));
            long start = e.getRequest().getLoggedDate().getTime();
            long end = start + Math.max(DELAY_MS, e.getTiming().getTotalTime());
            out.add(new Call(Integer.parseInt(ids.get(0).substring(4, 5)), ids, start, end));
        }
        return out;
    }
}
