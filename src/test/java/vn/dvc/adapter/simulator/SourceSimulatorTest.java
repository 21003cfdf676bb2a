package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The export API over real HTTP: paging, inclusive updatedSince, cursors, touched dossiers. */
class SourceSimulatorTest {

    private static final DemoData DATA = DemoData.hoaBinh(1_500); // every online dossier costs an RSA signature
    private static SourceSimulator source;

    @BeforeAll
    static void start() {
        source = new SourceSimulator(DATA).start(0);
    }

    @AfterAll
    static void stop() {
        source.close();
    }

    @Test
    void pagesOfAThousandDeliverEveryDossierOnceInOrder() throws Exception {
        int before = source.pageRequests();
        List<JsonNode> all = readAll(source, "limit=1000");
        assertThat(all).hasSize(1_500);
        for (int i = 0; i < all.size(); i++) {
            assertThat(all.get(i).path("MaHoSo").asText()).isEqualTo(DATA.maHoSo(i));
        }
        assertThat(all.get(42)).isEqualTo(DATA.dossier(42));
        assertThat(source.pageRequests() - before).isEqualTo(2);
    }

    @Test
    void smallPagesOnASmallSetMissNothingAndEndWithANullCursor() throws Exception {
        DemoData data = DemoData.hoaBinh(60);
        try (SourceSimulator small = new SourceSimulator(data).start(0)) {
            List<JsonNode> all = readAll(small, "limit=7");
            assertThat(all).extracting(d -> d.path("MaHoSo").asText())
                .containsExactlyElementsOf(IntStream.range(0, 60).mapToObj(data::maHoSo).toList());
            assertThat(small.pageRequests()).isEqualTo(9); // 8 full pages of 7, then 4
        }
    }

    @Test
    void updatedSinceIsInclusive() throws Exception {
        String since = DATA.dossier(1_234).path("CapNhatLuc").asText(); // +07:00 offset, encoded below
        SimHttp.Reply page = SimHttp.get(dossiers(source, "limit=3&updatedSince=" + SimHttp.encode(since)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().path("items").get(0).path("MaHoSo").asText()).isEqualTo(DATA.maHoSo(1_234));
        assertThat(page.body().path("items")).hasSize(3);
        SimHttp.Reply last = SimHttp.get(dossiers(source, "updatedSince=" + DATA.updatedAt(1_499)));
        assertThat(last.body().path("items")).hasSize(1);
        assertThat(last.body().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void badParametersAnswer400WithAJsonError() throws Exception {
        for (String query : List.of("limit=0", "limit=1001", "limit=abc", "updatedSince=yesterday", "cursor=%21%21",
            "cursor=bm9wZQ")) {
            SimHttp.Reply reply = SimHttp.get(dossiers(source, query));
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.body().path("message").asText()).as(query).isNotBlank();
            assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
        }
    }

    @Test
    void aTouchedDossierLeavesItsPlaceAndComesLastWithItsChange() throws Exception {
        try (SourceSimulator fresh = new SourceSimulator(DemoData.hoaBinh(30)).start(0)) {
            SimHttp.Reply first = SimHttp.get(dossiers(fresh, "limit=10"));
            String cursor = first.body().path("nextCursor").asText();
            String target = first.body().path("items").get(3).path("MaHoSo").asText();
            String later = DemoData.hoaBinh(30).maHoSo(20);
            ObjectNode touched = fresh.touch(target, d -> d.put("TrangThaiHoSo", 10));
            fresh.touch(later, d -> d.put("GhiChu", "Bổ sung hồ sơ"));

            List<JsonNode> all = readAll(fresh, "limit=7");
            assertThat(all).hasSize(30);
            assertThat(all.get(28).path("MaHoSo").asText()).isEqualTo(target);
            assertThat(all.get(28).path("TrangThaiHoSo").asInt()).isEqualTo(10);
            assertThat(all.get(28).path("CapNhatLuc").asText()).isEqualTo(touched.path("CapNhatLuc").asText());
            assertThat(all.get(29).path("GhiChu").asText()).isEqualTo("Bổ sung hồ sơ");
            assertThat(all.subList(0, 28)).noneMatch(d -> d.path("MaHoSo").asText().equals(later));
            assertThat(fresh.currentDossiers().map(d -> d.path("MaHoSo").asText()).toList())
                .containsExactlyElementsOf(all.stream().map(d -> d.path("MaHoSo").asText()).toList());

            // a cursor issued before the change still continues: it meets the dossier again, at the end
            List<String> rest = readFrom(fresh, "limit=100", cursor).stream().map(d -> d.path("MaHoSo").asText()).toList();
            assertThat(rest).hasSize(21).endsWith(target, later); // 19 untouched after the first page, then both
            assertThat(rest.get(0)).isEqualTo(DemoData.hoaBinh(30).maHoSo(10));
        }
    }

    @Test
    void proceduresListsEveryPublishedProcedure() throws Exception {
        SimHttp.Reply reply = SimHttp.get(source.url().resolve(SourceSimulator.PROCEDURES));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("items")).hasSize(DATA.procedures().size());
        JsonNode first = reply.body().path("items").get(0);
        assertThat(first.path("MaTTHC").asText()).isEqualTo(DATA.procedures().get(0).maTTHC());
        assertThat(first.has("MucDo") && first.has("CoPhiLePhi") && first.has("MaDonVi")).isTrue();
    }

    static List<JsonNode> readAll(SourceSimulator sim, String query) throws Exception {
        return readFrom(sim, query, null);
    }

    private static List<JsonNode> readFrom(SourceSimulator sim, String query, String cursor) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        String next = cursor;
        do {
            SimHttp.Reply page = SimHttp.get(dossiers(sim, query + (next == null ? "" : "&cursor=" + next)));
            assertThat(page.status()).isEqualTo(200);
            page.body().path("items").forEach(out::add);
            next = page.body().path("nextCursor").isNull() ? null : page.body().path("nextCursor").asText();
        } while (next != null);
        return out;
    }

    private static URI dossiers(SourceSimulator sim, String query) {
        return URI.create(sim.url() + SourceSimulator.DOSSIERS + "?" + query);
    }
}
