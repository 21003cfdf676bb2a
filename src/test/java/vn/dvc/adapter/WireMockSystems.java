package vn.dvc.adapter;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Route tests against WireMock stubs of both systems, on an in-memory H2 ledger. The servers
 * live as long as the JVM so every subclass shares one Spring context.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:wiremock;DB_CLOSE_DELAY=-1",
        "adapter.portal.client-id=motcua", "adapter.portal.client-secret=s3cret",
        "adapter.portal.username=hoabinh", "adapter.portal.password=pw", "adapter.portal.madonvi=000.00.00.H25",
        "adapter.sync.retry-backoff=PT0.01S", "adapter.sync.max-backoff=PT0.05S", "adapter.sync.batch-size=4",
        "adapter.source.redelivery-delay-ms=10", "adapter.http.read-timeout-ms=3000",
        "adapter.sso.issuer=https://sso.test", "adapter.sso.audience=motcua", "adapter.sso.jwks-min-refresh=PT0S",
        "adapter.replay.max-replays=2", "adapter.replay.lock-wait=PT20S"})
public abstract class WireMockSystems {

    public static final WireMockServer SOURCE = started();
    public static final WireMockServer PORTAL = started();
    /** Where reconciles write their drift lists: never the checkout's reports/. */
    private static final java.nio.file.Path REPORTS = Scratch.folder("wiremock-reports");

    private static WireMockServer started() {
        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        return server;
    }

    @DynamicPropertySource
    static void systems(DynamicPropertyRegistry registry) {
        registry.add("adapter.source.url", SOURCE::baseUrl);
        registry.add("adapter.portal.url", PORTAL::baseUrl);
        registry.add("adapter.sso.jwks-url", () -> PORTAL.baseUrl() + "/sso/jwks");
        registry.add("adapter.reconcile.report-dir", REPORTS::toString);
    }

    @org.springframework.beans.factory.annotation.Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Autowired
    protected vn.dvc.adapter.catalogue.Catalogue catalogue;

    @BeforeEach
    void resetStubs() {
        jdbc.update("delete from transfer");
        jdbc.update("delete from checkpoint");
        jdbc.update("delete from sync_run");
        jdbc.update("delete from catalogue_refresh");
        jdbc.update("delete from transfer_event");
        jdbc.update("delete from replay_audit");
        jdbc.update("delete from progress_in_flight");
        catalogue.reload();
        SOURCE.resetAll();
        PORTAL.resetAll();
        PORTAL.stubFor(post(urlEqualTo("/token")).willReturn(
                okJson("{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
        PORTAL.stubFor(post(urlEqualTo("/auth")).willReturn(okJson("{\"error_code\":0,\"session\":\"ses-1\"}")));
        // The catalogue every route test starts from: the one procedure of Dossiers.valid, integrated.
        SOURCE.stubFor(get(urlEqualTo("/api/v1/procedures")).willReturn(okJson("""
                {"items":[{"MaTTHC":"2.000477.000.00.12.H25","TenTTHC":"Cấp Phiếu lý lịch tư pháp",
                           "MaDonVi":"000.00.12.H25","MucDo":4,"CoPhiLePhi":true}]}""")));
        PORTAL.stubFor(post(urlEqualTo("/share")).willReturn(okJson("""
                {"error_code":0,"result":[{"MaTTHC":"2.000477.000.00.12.H25","TenTTHC":"Cấp Phiếu lý lịch tư pháp",
                                           "MucDo":4,"TichHop":true}]}""")));
    }

    public static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder portalReply(int code, String message) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"error_code\":" + code + ",\"message\":\"" + message + "\"}");
    }
}
