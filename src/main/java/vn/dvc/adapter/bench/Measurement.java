package vn.dvc.adapter.bench;

/**
 * What one measured run gives: its throughput, its footprint and, for the adapter, the run that
 * follows with nothing changed. Times in seconds, heap in MiB; -1 where it does not apply.
 *
 * @param dossiers      dossiers read from the source in the measured run
 * @param sent          dossiers the portal accepted
 * @param peakHeapMb    the most heap in use, before any collection (MemoryMXBean, GC notifications)
 * @param liveHeapMb    the most heap left after a collection: an upper bound of what the run holds (with a
 *                      large heap, G1 leaves garbage in the old generation until it needs the room)
 * @param maxHeapMb     the heap limit (-Xmx)
 * @param cpuSeconds    CPU time of the measuring JVM during the run
 * @param unchangedSeconds a following run with nothing changed at the source
 */
public record Measurement(Mode mode, String status, int dossiers, int sent, double seconds, long peakHeapMb,
                          long liveHeapMb, long maxHeapMb, double cpuSeconds, long gcCount, double gcPauseSeconds,
                          double unchangedSeconds, int unchangedPulled, String message) {

    public double rate() {
        return seconds > 0 ? dossiers / seconds : 0;
    }

    public boolean ok() {
        return "OK".equals(status);
    }

    static Measurement failed(Mode mode, String message) {
        return new Measurement(mode, "FAILED", 0, 0, 0, -1, -1, -1, 0, 0, 0, -1, -1, message);
    }
}
