package vn.dvc.adapter.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes the {@link Plan} of dossier #index from (seed, index, the day the data ends) alone, so nothing
 * is held per dossier. The data spans the merger of 2025-07-01: a dossier received before it carries
 * its Hòa Bình agency's code, one received since the code of that agency's successor.
 */
final class Planner {

    static final Instant START = Instant.parse("2024-12-31T17:00:00Z"); // 2025-01-01T00:00+07:00
    /** 2025-07-01T00:00+07:00: the two-level government begins. */
    static final Instant MERGER = Agencies.MERGER.atStartOfDay(Wire.ZONE).toInstant();

    private static final int[] STATUS = {10, 9, 4, 2, 5, 6, 1, 3, 7, 8};
    private static final double[] STATUS_CUMULATIVE = cumulative(new double[] {45, 28, 9, 5, 4, 2, 2.5, 1.5, 1.5, 1.5});
    private static final Defect[] DEFECTS = Defect.values();

    private final long seed;
    private final int count;
    private final long span;
    private final List<Agency> agencies;
    private final List<Agency> merged;
    private final ProcedureCatalog catalog;
    private final double[] agencyCumulative;
    private final List<List<Procedure>> online = new ArrayList<>();
    private final List<List<Procedure>> informational = new ArrayList<>();
    private final double[] propensity;

    /** @param end where the data stops (exclusive): the start of the day the demo runs */
    Planner(long seed, int count, Instant end, List<Agency> agencies, List<Agency> merged, ProcedureCatalog catalog) {
        this.seed = seed;
        this.count = count;
        this.span = spanSeconds(end);
        this.agencies = agencies;
        this.merged = merged;
        this.catalog = catalog;
        this.agencyCumulative = new double[agencies.size()];
        this.propensity = new double[agencies.size()];
        double sum = 0;
        int offset = (int) Math.floorMod(seed, 27L);
        for (int p = 0; p < agencies.size(); p++) {
            sum += Agencies.weight(p);
            agencyCumulative[p] = sum;
            // evenly spread 0.25..0.75 over the agencies in a seed-dependent order: some reach 51%, some not
            propensity[p] = 0.25 + 0.5 * ((p * 11 + offset) % 27) / 26.0;
            List<Procedure> own = catalog.of(agencies.get(p).code());
            online.add(own.stream().filter(Procedure::online).toList());
            informational.add(own.stream().filter(x -> !x.online()).toList());
        }
    }

    /** Seconds from {@link #START} to {@code end}: at least a year, so the data always spans the merger. */
    static long spanSeconds(Instant end) {
        return Math.max(Duration.ofDays(365).toSeconds(), Duration.between(START, end).toSeconds());
    }

    /** Strictly increasing in index: dossiers spread evenly from 2025-01-01 to the end. */
    Instant updatedAt(int index) {
        return START.plusSeconds(index * span / count);
    }

    Plan plan(int index) {
        SplittableRandom r = Seeds.random(seed, index, 1);
        int p = weighted(r, agencyCumulative);
        Procedure procedure = procedure(r, p);
        int channel = r.nextDouble() < 0.03 ? 3 : procedure.online() && r.nextDouble() < propensity[p] ? 2 : 1;
        int status = STATUS[weighted(r, STATUS_CUMULATIVE)];
        boolean late = (status == 9 || status == 10) && r.nextDouble() < 0.10;
        Timeline times = Timeline.of(r, updatedAt(index), status, channel,
            ProcedureCatalog.workingDays(procedure), late);
        Defect defect = r.nextDouble() < 0.03 ? DEFECTS[r.nextInt(DEFECTS.length)] : null;
        int variant = r.nextInt(3);
        Plan.Eauth eauth = null;
        String method = "KHONG";
        if (channel == 2) {
            double e = r.nextDouble();
            eauth = e < 0.01 ? Plan.Eauth.MISSING
                : e < 0.05 ? Plan.Eauth.values()[1 + r.nextInt(4)]
                : Plan.Eauth.VALID;
            method = eauth == Plan.Eauth.MISSING ? "KHONG" : r.nextDouble() < 0.65 ? "VNEID" : "DVCQG_SSO";
        }
        // the citizen was asked for more papers: always in status 5, now and then on the way to the end
        double u = r.nextDouble();
        int supplements = status == 5 ? 1 : (status == 9 || status == 10) ? (u < 0.06 ? 1 : u < 0.08 ? 2 : 0) : 0;
        Agency agency = agencies.get(p);
        if (times.received() != null && !times.received().isBefore(MERGER)) {
            agency = merged.get(Agencies.successor(p));
            procedure = catalog.successor(procedure, agency);
        }
        return new Plan(index, p, agency, procedure, channel, status, late, times, defect, variant,
            eauth, method, supplements);
    }

    /** Mostly level 3/4; popular procedures (the first ones of each field) get more dossiers. */
    private Procedure procedure(SplittableRandom r, int p) {
        List<Procedure> pool = r.nextDouble() < 0.9 || informational.get(p).isEmpty()
            ? online.get(p) : informational.get(p);
        double u = r.nextDouble();
        return pool.get((int) (pool.size() * u * u));
    }

    private static int weighted(SplittableRandom r, double[] cumulative) {
        double x = r.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static double[] cumulative(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }
}
