package vn.dvc.adapter.reconcile;

/**
 * The drift share of everything the ledger says the portal holds, estimated from a random sample:
 * the sample's share and its 95% Wilson score interval, and the dossiers that makes of the population.
 */
public record Estimate(int population, double share, double low, double high, long dossiers) {

    private static final double Z = 1.959964;   // the normal quantile of 97.5%

    /** From {@code drift} drifted among {@code read} dossiers read (unreadable ones say nothing). */
    static Estimate of(int drift, int read, int population) {
        if (read == 0) {
            return new Estimate(population, Double.NaN, 0, 1, 0);
        }
        double p = (double) drift / read;
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * read)) / (1 + z2 / read);
        double half = Z * Math.sqrt(p * (1 - p) / read + z2 / (4.0 * read * read)) / (1 + z2 / read);
        // at 0 (or all) the bound is exactly 0 (or 1); the floating-point difference would show as 8.7e-19
        double low = drift == 0 ? 0 : Math.max(0, centre - half);
        double high = drift == read ? 1 : Math.min(1, centre + half);
        return new Estimate(population, p, low, high, Math.round(p * population));
    }
}
