package vn.dvc.adapter.simulator;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The simulated DVCQG single sign-on: one RSA-2048 key derived from the seed, so the same seed gives
 * byte-identical tokens in every run. Signing costs ~1.5 ms, so signed tokens are kept in a bounded
 * LRU keyed by the dossier they belong to (data set size and index: the seed is this instance's);
 * instances are shared per seed so several DemoData of one seed (tests) reuse key and signatures.
 * Session tokens of the benchmark data set ({@link Sessions}) are few and kept without a bound.
 */
final class IdentityProvider {

    static final String KEY_ID = "sso-2025";
    private static final int CACHE_SIZE = 50_000;
    private static final Map<Long, IdentityProvider> BY_SEED = new ConcurrentHashMap<>();

    private final RSAKey key;
    private final RSASSASigner signer;
    private final Map<DossierKey, String> signed = Collections.synchronizedMap(
        new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<DossierKey, String> eldest) {
                return size() > CACHE_SIZE;
            }
        });

    private final Map<Long, String> sessions = new ConcurrentHashMap<>();
    private final AtomicLong signatures = new AtomicLong();

    private IdentityProvider(long seed) {
        try {
            // SHA1PRNG seeded before first use is deterministic, unlike the platform default
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, random);
            KeyPair pair = generator.generateKeyPair();
            key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey(pair.getPrivate())
                .keyID(KEY_ID)
                .keyUse(KeyUse.SIGNATURE)
                .algorithm(JWSAlgorithm.RS256)
                .build();
            signer = new RSASSASigner(pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the simulated SSO key", e);
        }
    }

    static IdentityProvider forSeed(long seed) {
        return BY_SEED.computeIfAbsent(seed, IdentityProvider::new);
    }

    /** A new instance with its own key generation and an empty cache (tests of determinism). */
    static IdentityProvider uncached(long seed) {
        return new IdentityProvider(seed);
    }

    /** The public JWKS the SSO publishes. */
    JWKSet publicKeys() {
        return new JWKSet(key.toPublicJWK());
    }

    /**
     * The compact RS256 JWS of dossier #index of a data set of this size; claims are only built on a
     * cache miss, and signed outside the cache lock so threads sign in parallel.
     */
    /** @param dataSet names the data set among those of this seed (its size and span), for the cache */
    String token(long dataSet, int index, Supplier<JWTClaimsSet> claims) {
        DossierKey cacheKey = new DossierKey(dataSet, index);
        String token = signed.get(cacheKey);
        if (token != null) {
            return token;
        }
        token = sign(claims.get());
        signed.put(cacheKey, token);
        return token;
    }

    /** The compact RS256 JWS of an SSO session of the benchmark data set; signed once per session. */
    String sessionToken(long session, Supplier<JWTClaimsSet> claims) {
        String token = sessions.get(session);
        if (token == null) {
            // signed outside any lock; two threads meeting one new session both sign, one keeps it
            String signed = sign(claims.get());
            token = sessions.putIfAbsent(session, signed);
            token = token == null ? signed : token;
        }
        return token;
    }

    /** Tokens the per-dossier cache holds at most: signing more ahead of use only evicts the first ones. */
    static int cacheSize() {
        return CACHE_SIZE;
    }

    /** Signatures made since this instance started (a benchmark's simulator cost). */
    long signatures() {
        return signatures.get();
    }

    String sign(JWTClaimsSet claims) {
        signatures.incrementAndGet();
        SignedJWT jwt = new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY_ID).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a simulated ID token", e);
        }
        return jwt.serialize();
    }

    private record DossierKey(long dataSet, int index) {}
}
