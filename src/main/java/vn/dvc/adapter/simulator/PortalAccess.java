package vn.dvc.adapter.simulator;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Gateway bearer tokens and portal sessions, each with its own expiry. */
final class PortalAccess {

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> sessions = new ConcurrentHashMap<>();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger sessionsIssued = new AtomicInteger();

    String issueToken(Duration ttl) {
        tokensIssued.incrementAndGet();
        return issue(tokens, ttl);
    }

    String issueSession(Duration ttl) {
        sessionsIssued.incrementAndGet();
        return issue(sessions, ttl);
    }

    /** True for "Bearer <token>" naming an issued, unexpired token. */
    boolean authorised(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return live(tokens, authorization.substring(7).trim());
    }

    boolean validSession(String session) {
        return session != null && live(sessions, session);
    }

    void expireTokens() {
        tokens.clear();
    }

    void expireSessions() {
        sessions.clear();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    int sessionsIssued() {
        return sessionsIssued.get();
    }

    private String issue(Map<String, Instant> issued, Duration ttl) {
        Instant now = Instant.now();
        issued.values().removeIf(expiry -> expiry.isBefore(now)); // keeps a long run's map small
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = HexFormat.of().formatHex(bytes);
        issued.put(value, now.plus(ttl));
        return value;
    }

    private static boolean live(Map<String, Instant> issued, String value) {
        Instant expiry = issued.get(value);
        return expiry != null && Instant.now().isBefore(expiry);
    }
}
