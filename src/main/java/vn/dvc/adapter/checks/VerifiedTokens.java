package vn.dvc.adapter.checks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;

/**
 * The ID tokens whose signature a key of the JWKS has verified, by their SHA-256, with their claims.
 * A dossier is read again on every change of its progress, and an applicant's session token signs
 * several dossiers, so the same token comes back many times; RS256 verification was 17% of the
 * sync's CPU at zero latency (docs/benchmarks.md). A token is taken as verified only while the JWKS
 * still gives the very key object that verified it: a refetched JWKS makes new objects, so rotation
 * and revocation re-verify everything. At most {@value #REMEMBERED} tokens (~200 bytes each), least
 * recently used out first. Only signatures are remembered: the claims are checked against each
 * dossier every time (its submission time and applicant differ).
 */
final class VerifiedTokens {

    static final int REMEMBERED = 20_000;

    private record Verified(String kid, JWSAlgorithm alg, JWK key, JWTClaimsSet claims) {
    }

    private final Map<String, Verified> verified = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * The claims of the token with this {@link #digest}, verified before, if {@code currentKey(kid, alg)}
     * is still the key that verified it.
     */
    JWTClaimsSet claims(String digest, BiFunction<String, JWSAlgorithm, JWK> currentKey) {
        Verified known;
        synchronized (verified) {
            known = verified.get(digest);
        }
        return known != null && currentKey.apply(known.kid(), known.alg()) == known.key() ? known.claims() : null;
    }

    void remember(String digest, String kid, JWSAlgorithm alg, JWK key, JWTClaimsSet claims) {
        Verified entry = new Verified(kid, alg, key, claims);
        synchronized (verified) {
            verified.put(digest, entry);
        }
    }

    /** What a token is remembered by: computed once per dossier, for the look-up and, on a miss, the entry. */
    static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
