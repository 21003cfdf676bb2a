package vn.dvc.adapter.bench;

/**
 * One line of the table: the adapter on one database at one concurrency, with the ceiling and the
 * naive baseline measured on the same data.
 *
 * @param expected     dossiers a correct adapter sends
 * @param atPortal     dossiers the portal simulator holds after the adapter's run
 * @param simulatorCpu CPU seconds the simulators' JVM spent during the adapter's run
 * @param adapterSecondHalf the adapter's rate over the second half of the run ({@link Progress})
 * @param ceilingSecondHalf the ceiling's, likewise
 * @param ledgerBytes  the ledger database's size on disk after both runs
 * @param rateLimited  portal calls of the adapter's run answered 429 by the rate limit
 */
public record Row(int dossiers, String database, int concurrency, Measurement adapter, Measurement ceiling, Measurement naive,
                  int expected, int atPortal, double simulatorCpu, double adapterSecondHalf, double ceilingSecondHalf, long ledgerBytes,
                  int rateLimited) {

    public double toCeiling() {
        return adapter.ok() && ceiling.ok() && ceiling.rate() > 0 ? adapter.rate() / ceiling.rate() : Double.NaN;
    }

    public double toNaive() {
        return adapter.ok() && naive.ok() && naive.rate() > 0 ? adapter.rate() / naive.rate() : Double.NaN;
    }

    /** The adapter delivered exactly what a correct adapter delivers. */
    public boolean correct() {
        return adapter.ok() && adapter.sent() == expected && atPortal == expected;
    }
}
