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

    /**
     * What waiting allows, with {@code latencyMs} on every call (0: no bound from waiting): c threads
     * each carry a batch through its two portal calls per 2 × latency, and a rate limit of r calls a
     * second carries r ÷ 2 batches — min(c × batch ÷ (2 × latency), r × batch ÷ 2), in dossiers a second.
     */
    public double bound(int batch, int latencyMs, int rateLimit) {
        if (latencyMs <= 0) {
            return Double.NaN;
        }
        double waiting = concurrency * (double) batch / (2 * latencyMs / 1000.0);
        return rateLimit > 0 ? Math.min(waiting, rateLimit * (double) batch / 2) : waiting;
    }

    /** The adapter delivered exactly what a correct adapter delivers. */
    public boolean correct() {
        return adapter.ok() && adapter.sent() == expected && atPortal == expected;
    }
}
