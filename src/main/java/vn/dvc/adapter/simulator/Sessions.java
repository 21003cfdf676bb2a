package vn.dvc.adapter.simulator;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * SSO sessions of the benchmark data set ({@link DemoData#benchmark}): an applicant signs in once and
 * the one ID token of that session goes with every dossier they submit in the next half hour, as a
 * business or a service agent filing several dossiers does. Per half hour there are {@link #SLOTS}
 * applicants with a valid token, and one session per failing kind (expired, acr, subject, audience),
 * so a year of any size needs at most ~6 × 17,520 signatures instead of one per online dossier.
 */
final class Sessions {

    static final long WINDOW_SECONDS = 1800;
    static final int SLOTS = 2;
    private static final int KINDS = 16;

    /** One session: its cache key, the start of its window, who signed in and how. */
    record Session(long key, Instant windowStart, People.Person applicant, String method) {}

    private Sessions() {}

    /** The session an online dossier with a token belongs to; a function of (seed, plan) alone. */
    static Session of(long seed, Plan plan) {
        long window = Math.floorDiv(plan.times().submitted().getEpochSecond(), WINDOW_SECONDS);
        int kind = plan.eauth() == Plan.Eauth.VALID
            ? (int) Long.remainderUnsigned(Seeds.mix(seed, plan.index(), 13), SLOTS)
            : SLOTS + plan.eauth().ordinal();
        long key = window * KINDS + kind;
        SplittableRandom r = Seeds.random(seed, key, 12);
        People.Person applicant = People.person(r);
        String method = r.nextDouble() < 0.65 ? "VNEID" : "DVCQG_SSO";
        return new Session(key, Instant.ofEpochSecond(window * WINDOW_SECONDS), applicant, method);
    }
}
