package vn.dvc.adapter.checks;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;

/** domain.md §5, one reason per way a token can fail; keys are generated here, the JWKS served over HTTP. */
class EAuthVerifierTest {

    private static final String CCCD = "017090001234";
    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2025, 3, 4, 8, 15);
    private static final Date ISSUED = Date.from(SUBMITTED.minusMinutes(5).atZone(WireDates.ZONE).toInstant());
    private static final Date EXPIRES = Date.from(SUBMITTED.plusMinutes(55).atZone(WireDates.ZONE).toInstant());

    private static WireMockServer sso;
    private static RSAKey key;
    private static RSAKey rotated;
    private static ECKey ecKey;

    private final ObjectMapper json = new ObjectMapper();
    private EAuthVerifier verifier;

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
        rotated = new RSAKeyGenerator(2048).keyID("k2").generate();
        ecKey = new ECKeyGenerator(Curve.P_256).keyID("e1").generate();
        sso = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        sso.start();
    }

    @AfterAll
    static void stop() {
        sso.stop();
    }

    @BeforeEach
    void publish() {
        sso.resetAll();
        serve(key, ecKey);
        verifier = new EAuthVerifier(TestProperties.sso(sso.baseUrl() + "/jwks"));
    }

    private static void serve(com.nimbusds.jose.jwk.JWK... keys) {
        sso.stubFor(get(urlEqualTo("/jwks")).willReturn(okJson(new JWKSet(List.of(keys)).toPublicJWKSet().toString())));
    }

    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(TestProperties.ISSUER).audience(List.of(TestProperties.AUDIENCE, "other"))
                .subject("u1").issueTime(ISSUED).expirationTime(EXPIRES).claim("acr", "LoA2").claim("SoDinhDanh", CCCD);
    }

    private static String rs256(RSAKey signer, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signer.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private EAuthResult verify(String token) {
        ObjectNode xacThuc = json.createObjectNode().put("PhuongThuc", "VNEID");
        if (token != null) {
            xacThuc.put("IdToken", token);
        }
        return verifier.verify(xacThuc, 2, CCCD, SUBMITTED);
    }

    @Test
    void aValidRs256TokenPasses() throws Exception {
        assertThat(verify(rs256(key, claims().build()))).isEqualTo(EAuthResult.PASSED);
    }

    @Test
    void aValidEs256TokenPasses() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("e1").build(), claims().build());
        jwt.sign(new ECDSASigner(ecKey));
        assertThat(verify(jwt.serialize())).isEqualTo(EAuthResult.PASSED);
    }

    @Test
    void inPersonAndPostalDossiersAreNotSubjectToTheCheck() {
        assertThat(verifier.verify(null, 1, CCCD, SUBMITTED)).isEqualTo(EAuthResult.NOT_APPLICABLE);
        assertThat(verifier.verify(null, 3, CCCD, SUBMITTED)).isEqualTo(EAuthResult.NOT_APPLICABLE);
    }

    @Test
    void eachFlawGivesItsOwnReason() throws Exception {
        Date early = Date.from(SUBMITTED.minusHours(3).atZone(WireDates.ZONE).toInstant());
        Date earlyEnd = Date.from(SUBMITTED.minusHours(2).atZone(WireDates.ZONE).toInstant());
        Date late = Date.from(SUBMITTED.plusMinutes(10).atZone(WireDates.ZONE).toInstant());
        assertThat(verify(rs256(key, claims().issueTime(early).expirationTime(earlyEnd).build())).reason())
                .isEqualTo(EAuthVerifier.EXPIRED);
        assertThat(verify(rs256(key, claims().issueTime(late).build())).reason())
                .isEqualTo(EAuthVerifier.ISSUED_AFTER_SUBMISSION);
        assertThat(verify(rs256(key, claims().issuer("https://evil.test").build())).reason()).isEqualTo(EAuthVerifier.ISSUER);
        assertThat(verify(rs256(key, claims().audience("someone-else").build())).reason()).isEqualTo(EAuthVerifier.AUDIENCE);
        assertThat(verify(rs256(key, claims().claim("acr", "LoA1").build())).reason()).isEqualTo(EAuthVerifier.ASSURANCE);
        assertThat(verify(rs256(key, claims().claim("SoDinhDanh", "001099009999").build())).reason())
                .isEqualTo(EAuthVerifier.IDENTITY_MISMATCH);
        assertThat(verify("not.a.token").reason()).isEqualTo(EAuthVerifier.MALFORMED);
        assertThat(verify("garbage").reason()).isEqualTo(EAuthVerifier.MALFORMED);
        assertThat(verify(null).reason()).isEqualTo(EAuthVerifier.MISSING_TOKEN);
    }

    @Test
    void algNoneIsRefused() {
        String token = new PlainJWT(claims().build()).serialize();
        assertThat(verify(token).reason()).isEqualTo(EAuthVerifier.ALGORITHM);
    }

    @Test
    void hs256SignedWithThePublicKeyIsRefused() throws Exception {
        // The classic key-confusion attack: HMAC keyed with the published RSA public key.
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims().build());
        jwt.sign(new MACSigner(key.toRSAPublicKey().getEncoded()));
        assertThat(verify(jwt.serialize()).reason()).isEqualTo(EAuthVerifier.ALGORITHM);
    }

    @Test
    void aSignatureByAnotherKeyWithAKnownKidIsRefused() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("k1").generate();
        assertThat(verify(rs256(impostor, claims().build())).reason()).isEqualTo(EAuthVerifier.SIGNATURE);
    }

    @Test
    void anUnknownKidFetchesTheJwksAgainOnceAndFindsARotatedKey() throws Exception {
        String byNewKey = rs256(rotated, claims().build());
        assertThat(verify(byNewKey).reason()).isEqualTo(EAuthVerifier.UNKNOWN_KEY);
        sso.verify(2, getRequestedFor(urlEqualTo("/jwks")));   // the first load, then one more for the unknown kid

        serve(key, rotated, ecKey);   // the identity provider rotates
        assertThat(verify(byNewKey)).isEqualTo(EAuthResult.PASSED);
        sso.verify(3, getRequestedFor(urlEqualTo("/jwks")));

        assertThat(verify(rs256(key, claims().build()))).isEqualTo(EAuthResult.PASSED);
        sso.verify(3, getRequestedFor(urlEqualTo("/jwks")));   // known keys come from the cache
    }

    @Test
    void aTokenSeenBeforeIsStillCheckedAgainstEachDossier() throws Exception {
        String token = rs256(key, claims().build());
        assertThat(verify(token)).isEqualTo(EAuthResult.PASSED);
        assertThat(verify(token)).isEqualTo(EAuthResult.PASSED);   // remembered: no second parse or RSA
        ObjectNode xacThuc = json.createObjectNode().put("PhuongThuc", "VNEID").put("IdToken", token);
        assertThat(verifier.verify(xacThuc, 2, "017090009999", SUBMITTED).reason()).isEqualTo(EAuthVerifier.IDENTITY_MISMATCH);
        assertThat(verifier.verify(xacThuc, 2, CCCD, SUBMITTED.plusHours(3)).reason()).isEqualTo(EAuthVerifier.EXPIRED);
        assertThat(verifier.verify(xacThuc, 2, CCCD, SUBMITTED.minusHours(1)).reason())
                .isEqualTo(EAuthVerifier.ISSUED_AFTER_SUBMISSION);
    }

    @Test
    void aRememberedTokenIsRefusedOnceItsKeyLeavesTheJwks() throws Exception {
        String token = rs256(key, claims().build());
        assertThat(verify(token)).isEqualTo(EAuthResult.PASSED);

        serve(rotated, ecKey);   // the identity provider withdraws k1
        assertThat(verify(rs256(rotated, claims().build()))).isEqualTo(EAuthResult.PASSED);   // k2 unknown: refetch
        sso.verify(2, getRequestedFor(urlEqualTo("/jwks")));
        assertThat(verify(token).reason()).isEqualTo(EAuthVerifier.UNKNOWN_KEY);
    }

    /**
     * The JDK decodes a token's parts (not nimbus's constant-time codec): every token, well-formed or not, reads
     * as nimbus's own parser reads it — the same kind, header, claims, signature bytes and signature verdict,
     * or the same refusal.
     */
    @Test
    void aTokenReadsTheSameDecodedByTheJdkAsByNimbus() throws Exception {
        String good = rs256(key, claims().claim("HoTen", "Nguyễn Thị Ánh ?>~").build());
        String[] parts = good.split("\\.");
        SignedJWT es = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("e1").build(), claims().build());
        es.sign(new ECDSASigner(ecKey));
        String pad = "=".repeat((4 - parts[1].length() % 4) % 4);
        List<String> tokens = List.of(good, " " + good, "\n" + good, "\t" + good + "\t", es.serialize(),
                new PlainJWT(claims().build()).serialize(),
                parts[0] + "." + parts[1] + "." + parts[2].replace('-', '+').replace('_', '/'),   // standard Base64 alphabet
                parts[0] + "." + parts[1] + pad + "." + parts[2],                                    // padded
                parts[0] + "." + parts[1] + "." + parts[2].substring(1),                              // a character short
                parts[0] + "." + parts[1] + "." + (parts[2].charAt(0) == 'A' ? "B" : "A") + parts[2].substring(1),   // tampered
                // (a first character changed: 'A' itself for one signature in 64, which left it intact and failed CI once)
                parts[0] + "." + parts[1] + "!." + parts[2],                                          // not Base64
                parts[0] + ".." + parts[2], parts[0] + "." + parts[1] + ".", "..", "abc", "a.b.c",
                parts[0] + "." + parts[1] + "." + parts[2] + ".x.y",                                  // five parts (JWE's count)
                java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"RSA-OAEP\",\"enc\":\"A128GCM\"}"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[1] + "." + parts[2]);
        com.nimbusds.jose.JWSVerifier rsa = new com.nimbusds.jose.crypto.RSASSAVerifier(key);
        com.nimbusds.jose.JWSVerifier ec = new com.nimbusds.jose.crypto.ECDSAVerifier(ecKey.toPublicJWK());
        int signed = 0;
        for (String token : tokens) {
            String nimbus = read(token, false, rsa, ec);
            assertThat(read(token, true, rsa, ec)).as(token).isEqualTo(nimbus);
            signed += nimbus.startsWith("SignedJWT") ? 1 : 0;
        }
        assertThat(read(good, true, rsa, ec)).contains("verified true").contains("Nguyễn Thị Ánh ?>~");
        assertThat(read(tokens.get(9), true, rsa, ec)).as("tampered").contains("verified false");
        assertThat(read(" " + good, true, rsa, ec)).as("blanks around a token, as nimbus reads it").contains("verified true");
        assertThat(signed).as("most of the list is read as signed tokens").isGreaterThanOrEqualTo(9);
        assertThat(((SignedJWT) EAuthVerifier.parse(good)).getParsedParts()).as("decoded by the JDK's codec")
                .allSatisfy(part -> assertThat(part.getClass()).isNotEqualTo(com.nimbusds.jose.util.Base64URL.class));
    }

    /** What a parser makes of a token: its kind, header, claims, signature bytes and verdict, or its refusal. */
    private static String read(String token, boolean jdk, com.nimbusds.jose.JWSVerifier rsa, com.nimbusds.jose.JWSVerifier ec) {
        com.nimbusds.jwt.JWT jwt;
        try {
            jwt = jdk ? EAuthVerifier.parse(token) : com.nimbusds.jwt.JWTParser.parse(token);
        } catch (java.text.ParseException e) {
            return "refused: " + e.getMessage();
        }
        StringBuilder out = new StringBuilder(jwt.getClass().getSimpleName()).append(' ').append(jwt.getHeader().toJSONObject());
        try {
            out.append(' ').append(jwt.getJWTClaimsSet().toJSONObject());
        } catch (java.text.ParseException e) {
            out.append(" claims refused: ").append(e.getMessage());
        }
        if (jwt instanceof SignedJWT s) {
            out.append(" signature ").append(java.util.Arrays.toString(s.getSignature().decode()));
            try {
                out.append(" verified ").append(s.verify(s.getHeader().getAlgorithm().getName().startsWith("ES") ? ec : rsa));
            } catch (Exception e) {
                out.append(" not verifiable: ").append(e.getMessage());
            }
        }
        return out.toString();
    }
}
