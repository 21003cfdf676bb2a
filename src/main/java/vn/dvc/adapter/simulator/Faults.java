package vn.dvc.adapter.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Mutable fault knobs of the portal simulator; thread-safe, no faults by default. Faults hit
 * /integration and /share only, checked in this order: failNext, drop, 503, 429, rate limit; then latency.
 */
public final class Faults {

    private final long seed;
    private volatile Random random;
    private volatile double serverErrorRate;
    private volatile double tooManyRequestsRate;
    private volatile int retryAfterSeconds;
    private volatile double dropRate;
    private volatile int latencyMillis;
    private volatile Duration tokenTtl;
    private volatile Duration sessionTtl;
    private volatile int rateLimit;
    private long rateWindow;
    private int rateUsed;
    private final AtomicInteger rateLimited = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile int failNextStatus;
    private final java.util.Set<String> slowLookups = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile int slowLookupMillis;
    private final java.util.Map<String, byte[]> lookupAnswers = new java.util.concurrent.ConcurrentHashMap<>();

    Faults(long seed) {
        this.seed = seed;
        reset();
    }

    /** Answer HTTP 503 with probability p (per call, seeded Random). */
    public Faults serverErrorRate(double p) {
        serverErrorRate = probability(p);
        return this;
    }

    /** HTTP 429 with a Retry-After header. */
    public Faults tooManyRequestsRate(double p, int retryAfterSeconds) {
        this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
        tooManyRequestsRate = probability(p);
        return this;
    }

    /** Close the connection without a reply. */
    public Faults dropRate(double p) {
        dropRate = probability(p);
        return this;
    }

    /**
     * At most this many calls per second (the gateway's rate limit); the calls beyond in the same
     * second answer HTTP 429 with Retry-After 1. 0: no limit.
     */
    public Faults rateLimit(int callsPerSecond) {
        rateLimit = Math.max(0, callsPerSecond);
        return this;
    }

    /** Calls answered 429 by the rate limit so far. */
    public int rateLimited() {
        return rateLimited.get();
    }

    /** Delay every reply. */
    public Faults latencyMillis(int ms) {
        latencyMillis = Math.max(0, ms);
        return this;
    }

    /** Lifetime of gateway tokens issued from now on; default 1 h. */
    public Faults tokenTtl(Duration d) {
        tokenTtl = Objects.requireNonNull(d);
        return this;
    }

    /** Lifetime of portal sessions issued from now on; default 30 min. */
    public Faults sessionTtl(Duration d) {
        sessionTtl = Objects.requireNonNull(d);
        return this;
    }

    /** The next n integration calls answer with this HTTP status (deterministic, for tests). */
    public Faults failNext(int n, int httpStatus) {
        failNextStatus = httpStatus;
        failNext.set(Math.max(0, n));
        return this;
    }

    public Faults reset() {
        random = new Random(seed);
        serverErrorRate = 0;
        tooManyRequestsRate = 0;
        retryAfterSeconds = 1;
        dropRate = 0;
        latencyMillis = 0;
        tokenTtl = Duration.ofHours(1);
        sessionTtl = Duration.ofMinutes(30);
        failNext.set(0);
        failNextStatus = 503;
        rateLimit = 0;
        slowLookups.clear();
        slowLookupMillis = 0;
        lookupAnswers.clear();
        return this;
    }

    /** {@code TraCuuHoSo} of these dossiers answers only after {@code ms}: longer than a client's read timeout, a time-out. */
    public Faults slowLookups(java.util.Collection<String> maHoSo, int ms) {
        slowLookups.addAll(maHoSo);
        slowLookupMillis = Math.max(0, ms);
        return this;
    }

    /**
     * {@code TraCuuHoSo} of this dossier answers this body, HTTP 200, JSON or not: a portal that
     * quotes citizens' data back in its messages, as the security probe's proxy made it.
     */
    public Faults lookupAnswers(String maHoSo, String body) {
        lookupAnswers.put(maHoSo, body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return this;
    }

    /** The body a read back of this dossier gets instead of the portal's own answer, or null. */
    byte[] lookupAnswer(String maHoSo) {
        return maHoSo == null ? null : lookupAnswers.get(maHoSo);
    }

    /** How long a read back of this dossier waits before answering (0 for most). */
    int lookupDelay(String maHoSo) {
        return maHoSo != null && slowLookups.contains(maHoSo) ? slowLookupMillis : 0;
    }

    Duration tokenTtl() {
        return tokenTtl;
    }

    Duration sessionTtl() {
        return sessionTtl;
    }

    int latency() {
        return latencyMillis;
    }

    /** What the next faultable call gets; draws from the Random only for knobs that are on. */
    Fault next() {
        if (failNext.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0) {
            return new Fault(failNextStatus, retryAfterSeconds, false);
        }
        Random r = random;
        if (dropRate > 0 && r.nextDouble() < dropRate) {
            return new Fault(0, 0, true);
        }
        if (serverErrorRate > 0 && r.nextDouble() < serverErrorRate) {
            return new Fault(503, 0, false);
        }
        if (tooManyRequestsRate > 0 && r.nextDouble() < tooManyRequestsRate) {
            return new Fault(429, retryAfterSeconds, false);
        }
        return overLimit() ? new Fault(429, 1, false) : null;
    }

    private boolean overLimit() {
        int limit = rateLimit;
        if (limit == 0) {
            return false;
        }
        long second = System.nanoTime() / 1_000_000_000L;
        synchronized (this) {
            if (second != rateWindow) {
                rateWindow = second;
                rateUsed = 0;
            }
            if (++rateUsed <= limit) {
                return false;
            }
        }
        rateLimited.incrementAndGet();
        return true;
    }

    /** An injected failure: drop the connection, or answer this HTTP status. */
    record Fault(int status, int retryAfterSeconds, boolean drop) {}

    private static double probability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be 0..1: " + p);
        }
        return p;
    }
}
