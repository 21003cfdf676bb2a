package vn.dvc.adapter.admin.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.admin.AdminProperties;

/**
 * Failed logins in a row, per user name and per client address, and the locks they earn
 * ({@link AdminProperties.Login}). Kept in memory: a lock protects this process's users for
 * minutes, and a restart (which an attacker cannot cause from the login form) forgetting it costs
 * nothing that matters. At most {@value #MAX_KEYS} streaks are kept, the stalest dropped first,
 * and each is keyed by a digest of the name, never the name itself: a spray of invented names, of any
 * length, cannot fill the heap (40 names of 1.5 MB once doubled it). A name longer than
 * {@value #MAX_NAME} characters is no user's and is refused before any of this ({@link ThrottleFilter}).
 */
@Component
@ConditionalOnWebApplication
class LoginThrottle {

    static final int MAX_KEYS = 10_000;
    /** The longest user name a login may give (the audit log's actor column): a longer one is refused unread. */
    static final int MAX_NAME = 200;

    /** What a failure means for the audit log: the first of a streak and the one that locks are written, no other. */
    enum Verdict { FIRST, LOCKED_NOW, COUNTED }

    private static final class Streak {
        int failures;
        int locks;
        Instant last = Instant.EPOCH;
        Instant lockedUntil = Instant.EPOCH;
    }

    private final AdminProperties.Login limits;
    private final Clock clock;
    private final Map<String, Streak> streaks = new ConcurrentHashMap<>();

    @Autowired
    LoginThrottle(AdminProperties admin) {
        this(admin.login(), Clock.systemUTC());
    }

    LoginThrottle(AdminProperties.Login limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this user or this address is still locked; zero when neither is. */
    Duration locked(String user, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : keys(user, address)) {
            Streak s = streaks.get(key);
            if (s != null) {
                synchronized (s) {
                    if (s.lockedUntil.isAfter(now)) {
                        Duration left = Duration.between(now, s.lockedUntil);
                        wait = left.compareTo(wait) > 0 ? left : wait;
                    }
                }
            }
        }
        return wait;
    }

    /** One failed login; the verdict of the user's streak (or the address's when no user was named). */
    Verdict failed(String user, String address) {
        Verdict verdict = null;
        for (String key : keys(user, address)) {
            Verdict v = count(key, key.startsWith("u:") ? limits.maxFailures() : limits.maxFailuresPerAddress());
            if (verdict == null || v == Verdict.LOCKED_NOW) {
                verdict = v;
            }
        }
        return verdict == null ? Verdict.COUNTED : verdict;
    }

    /** A successful login ends the user's streak and the address's. */
    void succeeded(String user, String address) {
        for (String key : keys(user, address)) {
            streaks.remove(key);
        }
    }

    private Verdict count(String key, int max) {
        Instant now = clock.instant();
        if (streaks.size() >= MAX_KEYS && !streaks.containsKey(key)) {
            prune(now);
        }
        Streak s = streaks.computeIfAbsent(key, k -> new Streak());
        synchronized (s) {
            if (s.last.plus(limits.forgetAfter()).isBefore(now)) {
                s.failures = 0;
                s.locks = 0;
            }
            s.failures++;
            s.last = now;
            if (s.failures >= max) {
                Duration lock = limits.lockFor().multipliedBy(1L << Math.min(s.locks, 20));
                s.lockedUntil = now.plus(lock.compareTo(limits.maxLockFor()) > 0 ? limits.maxLockFor() : lock);
                s.locks++;
                return s.locks == 1 ? Verdict.LOCKED_NOW : Verdict.COUNTED;
            }
            return s.failures == 1 ? Verdict.FIRST : Verdict.COUNTED;
        }
    }

    private void prune(Instant now) {
        streaks.entrySet().removeIf(e -> e.getValue().last.plus(limits.forgetAfter()).isBefore(now)
                && e.getValue().lockedUntil.isBefore(now));
        if (streaks.size() >= MAX_KEYS) {
            streaks.entrySet().stream().min(Map.Entry.comparingByValue((a, b) -> a.last.compareTo(b.last)))
                    .ifPresent(e -> streaks.remove(e.getKey()));
        }
    }

    /** The streaks a login counts towards: its user name's (a SHA-256 of it, 64 characters whatever its length) and its address's. */
    static java.util.List<String> keys(String user, String address) {
        java.util.List<String> keys = new java.util.ArrayList<>(2);
        if (user != null && !user.isBlank()) {
            keys.add("u:" + digest(user.trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (address != null && !address.isBlank()) {
            keys.add("a:" + address);
        }
        return keys;
    }

    private static String digest(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }
}
