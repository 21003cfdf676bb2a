package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The portal's gates over real HTTP: gateway token, session, unit code, faults, the SSO's JWKS. */
class PortalAccessTest extends PortalFixture {

    @Test
    void everyCallButTheTokenNeedsAValidBearerToken() throws Exception {
        assertThat(post("/auth", null, login()).status()).isEqualTo(401);
        assertThat(post("/integration", "not-a-token", sync(false, 0)).status()).isEqualTo(401);
        SimHttp.Reply wrongSecret = SimHttp.postForm(uri("/token"),
            "grant_type=client_credentials&client_id=hoabinh-motcua&client_secret=wrong");
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(portal.tokensIssued()).isEqualTo(1);

        portal.expireTokens();
        SimHttp.Reply expired = post("/integration", token, sync(false, 0));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.raw().headers().firstValue("WWW-Authenticate")).isPresent();
        portal.faults().tokenTtl(Duration.ZERO);
        assertThat(post("/auth", token(), login()).status()).isEqualTo(401); // issued already expired
        assertThat(portal.dossiers()).isEmpty();
    }

    @Test
    void wrongPasswordAndExpiredSessionsAnswerWithErrorCodes() throws Exception {
        ObjectNode wrong = login().put("password", "sai");
        JsonNode refused = post("/auth", token, wrong).body();
        assertThat(refused.path("error_code").asInt()).isEqualTo(1);
        assertThat(refused.path("message").asText()).isEqualTo("Sai tên đăng nhập hoặc mật khẩu");

        portal.expireSessions();
        JsonNode expired = post("/integration", token, sync(false, 0)).body();
        assertThat(expired.path("error_code").asInt()).isEqualTo(2);
        assertThat(expired.path("message").asText()).isEqualTo("Phiên làm việc hết hạn");
        assertThat(portal.dossiers()).isEmpty();
        session = session(token);
        assertThat(post("/integration", token, sync(false, 0)).body().path("error_code").asInt()).isZero();
        assertThat(portal.sessionsIssued()).isEqualTo(2);
    }

    @Test
    void faultsFollowTheKnobs() throws Exception {
        portal.faults().failNext(2, 503);
        assertThat(post("/integration", token, sync(false, 9)).status()).isEqualTo(503);
        assertThat(post("/integration", token, sync(false, 9)).status()).isEqualTo(503);
        assertThat(post("/integration", token, sync(false, 9)).body().path("error_code").asInt()).isZero();

        portal.faults().tooManyRequestsRate(1.0, 7);
        SimHttp.Reply limited = post("/integration", token, sync(false, 10));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.raw().headers().firstValue("Retry-After")).hasValue("7");
        assertThat(post("/auth", token, login()).status()).isEqualTo(200); // faults spare the auth endpoints

        portal.faults().reset().dropRate(1.0);
        assertThatThrownBy(() -> post("/integration", token, sync(false, 10))).isInstanceOf(IOException.class);
        portal.faults().reset();
        assertThat(portal.dossiers()).containsOnlyKeys(DATA.maHoSo(GOOD.get(9)));
        assertThat(portal.callsByService().get("DongBoHoSoMC")).isEqualTo(5);
    }

    @Test
    void theSsoPublishesTheKeyThatSignsTheDossiersTokens() throws Exception {
        SimHttp.Reply jwks = SimHttp.get(uri("/sso/jwks"));
        assertThat(jwks.status()).isEqualTo(200);
        assertThat(jwks.body().path("keys").get(0).path("kid").asText()).isEqualTo("sso-2025");
        assertThat(jwks.body().path("keys").get(0).has("d")).isFalse();
        assertThat(JWKSet.parse(jwks.raw().body()).toString())
            .isEqualTo(DATA.identityProviderKeys().toString());
        assertThat(portal.callsByService().get("jwks")).isEqualTo(1);
    }

    @Test
    void aForeignUnitCodeIsRefused() throws Exception {
        ObjectNode request = sync(false, 12).put("madonvi", "000.00.00.H56");
        assertThat(code(request)).isEqualTo(-1);
        assertThat(portal.dossiers()).isEmpty();
    }
}
