package vn.dvc.adapter.simulator;

import java.time.Instant;
import java.util.SplittableRandom;

/**
 * When things happened to one dossier. Built backwards from its last event ({@code updated}), because
 * CapNhatLuc is fixed by the dossier's position in the feed. {@code finished} and {@code returned}
 * are null for unfinished dossiers.
 */
record Timeline(Instant submitted, Instant received, Instant due, Instant finished, Instant returned,
                Instant updated) {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;

    static Timeline of(SplittableRandom r, Instant updated, int status, int channel, int days, boolean late) {
        // online dossiers wait in the queue a while; counters receive while the applicant stands there
        long wait = status == 1 ? 0 : channel == 2 ? between(r, 2 * MINUTE, 2 * HOUR) : between(r, 0, 15 * MINUTE);
        if (status == 9 || status == 10) {
            long work = late
                // beyond any calendar span of `days` working days, so late is late whatever the weekday
                ? (days + 2L * (days / 5) + 4) * DAY + between(r, HOUR, 4 * DAY)
                // within `days` calendar days, so never after the due date
                : Math.max(30 * MINUTE, (long) ((0.1 + 0.9 * r.nextDouble()) * days * DAY));
            long handOver = status == 10 ? between(r, 10 * MINUTE, 2 * DAY) : 0;
            Instant submitted = updated.minusSeconds(wait + work + handOver);
            Instant received = submitted.plusSeconds(wait);
            Instant finished = received.plusSeconds(work);
            return new Timeline(submitted, received, Wire.addWorkingDays(received, days), finished,
                status == 10 ? updated : null, updated);
        }
        if (status <= 3) {
            // registration, reception or refusal is the dossier's only event so far
            Instant submitted = updated.minusSeconds(wait);
            return new Timeline(submitted, updated, Wire.addWorkingDays(updated, days), null, null, updated);
        }
        long span = between(r, 10 * MINUTE + wait, Math.min(30 * DAY, (days + 3) * DAY));
        Instant submitted = updated.minusSeconds(span);
        Instant received = submitted.plusSeconds(wait);
        return new Timeline(submitted, received, Wire.addWorkingDays(received, days), null, null, updated);
    }

    private static long between(SplittableRandom r, long from, long to) {
        return to <= from ? from : r.nextLong(from, to);
    }
}
