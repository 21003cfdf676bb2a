package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark knobs of the portal: a store that keeps no content, and the gateway's rate limit. */
class LeanPortalTest extends PortalFixture {

    @Test
    void withoutContentThePortalStillKnowsWhatItHoldsAndCounts() throws Exception {
        try (PortalSimulator lean = new PortalSimulator(DATA, PortalSimulator.Credentials.demo(), false).start(0)) {
            portal.close();
            portal = lean;
            token = token();
            session = session(token);
            assertThat(code(sync(false, 0, 1, 2))).isZero();
            assertThat(code(sync(false, 2))).isEqualTo(3);
            ObjectNode progress = envelope("CapNhatTienDoHoSoMC");
            ArrayNode entries = progress.putArray("data");
            DATA.dossier(GOOD.get(1)).path("TienDo").forEach(entries::add);
            assertThat(code(progress)).isZero();

            String second = DATA.maHoSo(GOOD.get(1));
            assertThat(lean.dossiers()).containsOnlyKeys(DATA.maHoSo(GOOD.get(0)), second, DATA.maHoSo(GOOD.get(2)));
            assertThat(lean.dossiers().get(second).isMissingNode()).isTrue();
            assertThat(lean.progress(second)).hasSize(entries.size());
            assertThat(lean.totals()).containsEntry("dossiers", 3).containsEntry("creates", 3)
                .containsEntry("progress", entries.size());
        }
    }

    @Test
    void callsBeyondTheRateLimitAnswer429WithRetryAfter() throws Exception {
        portal.faults().rateLimit(3);
        List<Integer> statuses = new ArrayList<>();
        List<String> retryAfter = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SimHttp.Reply reply = post("/integration", token, envelope("TraCuuHoSo").put("MaHoSo", "x"));
            statuses.add(reply.status());
            reply.raw().headers().firstValue("Retry-After").ifPresent(retryAfter::add);
        }
        // 8 calls in well under a second, or at worst across one boundary: at least 2 over the limit
        assertThat(statuses.stream().filter(s -> s == 429).count()).isGreaterThanOrEqualTo(2);
        assertThat(retryAfter).isNotEmpty().allMatch("1"::equals);
        assertThat(portal.faults().rateLimited()).isEqualTo((int) statuses.stream().filter(s -> s == 429).count());
        portal.faults().reset();
        assertThat(post("/integration", token, envelope("TraCuuHoSo").put("MaHoSo", "x")).status()).isEqualTo(200);
    }
}
