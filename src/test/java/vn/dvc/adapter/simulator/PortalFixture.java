package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh portal per test, signed in with the demo credentials, and request helpers. */
abstract class PortalFixture {

    static final DemoData DATA = DemoData.hoaBinh(20_000); // same data as DemoDataTest: shared signatures
    /** Good records whose procedure DVCQG lists: the portal accepts them as they are. */
    static final List<Integer> GOOD = goodIndices();

    PortalSimulator portal;
    String token;
    String session;

    @BeforeEach
    void start() throws Exception {
        portal = new PortalSimulator(DATA, PortalSimulator.Credentials.demo()).start(0);
        token = token();
        session = session(token);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    int code(ObjectNode request) throws Exception {
        return post("/integration", token, request).body().path("error_code").asInt();
    }

    ObjectNode sync(boolean updating, int... good) {
        ObjectNode request = envelope("DongBoHoSoMC").put("isUpdating", updating ? "True" : "False");
        ArrayNode data = request.putArray("data");
        for (int g : good) {
            data.add(DATA.dossier(GOOD.get(g)));
        }
        return request;
    }

    ObjectNode envelope(String service) {
        return JsonNodeFactory.instance.objectNode()
            .put("session", session).put("madonvi", DemoData.PROVINCE_CODE).put("service", service);
    }

    static ObjectNode login() {
        return JsonNodeFactory.instance.objectNode().put("username", "hoabinh").put("password", "demo-password");
    }

    String token() throws Exception {
        SimHttp.Reply reply = SimHttp.postForm(uri("/token"),
            "grant_type=client_credentials&client_id=hoabinh-motcua&client_secret=demo-secret");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body().path("token_type").asText()).isEqualTo("Bearer");
        return reply.body().path("access_token").asText();
    }

    String session(String bearer) throws Exception {
        JsonNode reply = post("/auth", bearer, login()).body();
        assertThat(reply.path("error_code").asInt()).isZero();
        return reply.path("session").asText();
    }

    SimHttp.Reply post(String path, String bearer, Object body) throws Exception {
        return SimHttp.postJson(uri(path), bearer, body);
    }

    URI uri(String path) {
        return URI.create(portal.url() + path);
    }

    private static List<Integer> goodIndices() {
        Set<String> listed = new HashSet<>();
        DATA.agencies().forEach(a -> DATA.nationalCatalogue(a.code()).forEach(e -> listed.add(e.maTTHC())));
        List<Integer> good = new ArrayList<>();
        for (int i = 0; i < DATA.dossierCount() && good.size() < 20; i++) {
            if (DATA.defect(i) == null && listed.contains(DATA.plan(i).procedure().maTTHC())) {
                good.add(i);
            }
        }
        return good;
    }
}
