package vn.dvc.adapter.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code bench} measures and how.
 *
 * @param sizes        data set sizes (N)
 * @param databases    "h2", "postgres": the ledger's
 * @param sources      "api" (the export API's simulator), "opencps" (an OpenCPS database on embedded PostgreSQL)
 * @param concurrency  configured concurrencies to run the adapter and the ceiling at
 * @param latencyMs    delay of every simulator reply (source pages and portal calls)
 * @param rateLimit    the portal's calls per second, 0 for none
 * @param naiveMax     the naive baseline runs on at most this many dossiers (it is linear in N)
 * @param xmx          heap limit of the measured JVMs, e.g. "256m"; null for the JVM's default
 * @param jvm          further options of the measured JVMs: the start script's for a run ({@code JvmFlags.RUN}) unless given
 * @param fork         run each measured pipeline in a child JVM (else in this one: quicker, heap shared)
 * @param jfrDir       record each measured run and the simulators with JFR into this directory, or null
 * @param cacheMb      memory for pre-rendered source pages, in MiB
 * @param out          also write the report (markdown) to this file, or null
 * @param warm         also measure each adapter row from the export API after an unmeasured first run in the same JVM
 */
public record BenchOptions(List<Integer> sizes, List<String> databases, List<String> sources, int batch, int page, List<Integer> concurrency,
                           int latencyMs, int rateLimit, int naiveMax, String xmx, List<String> jvm, boolean fork, Path jfrDir,
                           long cacheMb, Path out, boolean warm) {}
