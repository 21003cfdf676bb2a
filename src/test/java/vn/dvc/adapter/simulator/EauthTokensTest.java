package vn.dvc.adapter.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ID tokens follow domain.md §5, and each failing one fails for exactly the reason announced. */
class EauthTokensTest {

    private static final DemoData DATA = DemoData.hoaBinh(20_000);

    @Test
    void everyAnnouncedFailureFailsForThatReasonAndValidTokensPass() throws Exception {
        JWKSet jwks = DATA.identityProviderKeys();
        assertThat(jwks.getKeys()).hasSize(1);
        assertThat(jwks.getKeys().get(0).getKeyID()).isEqualTo("sso-2025");
        assertThat(jwks.getKeys().get(0).isPrivate()).isFalse();

        Map<String, Integer> checked = new HashMap<>();
        int online = 0;
        int failing = 0;
        for (int i = 0; i < DATA.dossierCount(); i++) {
            Plan plan = DATA.plan(i);
            if (plan.channel() != 2 || plan.defect() != null) {
                continue;
            }
            online++;
            String expected = DATA.expectedEauthFailure(i);
            failing += expected == null ? 0 : 1;
            String key = expected == null ? "valid" : expected;
            if (checked.merge(key, 1, Integer::sum) <= (expected == null ? 150 : 4)) {
                assertThat(verify(DATA.dossier(i), jwks)).as("dossier %d", i).isEqualTo(expected);
            }
        }
        assertThat(checked.keySet()).containsExactlyInAnyOrder("valid", "expired", "acr", "subject", "audience",
            "missing");
        assertThat(failing / (double) online).isBetween(0.03, 0.08);
    }

    @Test
    void inPersonDossiersAreNotSubjectToTheCheck() {
        int index = 0;
        while (DATA.plan(index).channel() == 2) {
            index++;
        }
        assertThat(DATA.expectedEauthFailure(index)).isNull();
        ObjectNode d = DATA.dossier(index);
        assertThat(d.path("XacThuc").path("IdToken").isMissingNode()).isTrue();
    }

    /** An independent checker of domain.md §5: null when the token passes. */
    static String verify(ObjectNode dossier, JWKSet jwks) throws Exception {
        String token = dossier.path("XacThuc").path("IdToken").asText(null);
        if (token == null) {
            assertThat(dossier.path("XacThuc").path("PhuongThuc").asText()).isEqualTo("KHONG");
            return "missing";
        }
        assertThat(dossier.path("XacThuc").path("PhuongThuc").asText()).isIn("VNEID", "DVCQG_SSO");
        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        RSAKey key = jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey();
        assertThat(jwt.verify(new RSASSAVerifier(key))).isTrue();
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertThat(claims.getIssuer()).isEqualTo(DATA.ssoIssuer());
        if (!claims.getAudience().contains(DATA.ssoAudience())) {
            return "audience";
        }
        Instant submitted = Wire.DATE.parse(dossier.path("NgayNopHoSo").asText(), Instant::from);
        if (submitted.isBefore(claims.getIssueTime().toInstant().minusSeconds(60))
            || submitted.isAfter(claims.getExpirationTime().toInstant().plusSeconds(60))) {
            return "expired";
        }
        if (!"LoA2".equals(claims.getStringClaim("acr"))) {
            return "acr";
        }
        if (!dossier.path("SoGiayToChuHoSo").asText().equals(claims.getStringClaim("SoDinhDanh"))) {
            return "subject";
        }
        return null;
    }
}
