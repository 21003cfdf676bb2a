/**
 * The benchmark ({@code bench}): syncs N dossiers of the benchmark data set from the source
 * simulator into the portal simulator through the real adapter, and on the same data and machine
 * through a bare pipeline (the ceiling) and one dossier per request (the naive baseline).
 *
 * <ul>
 *   <li>{@link vn.dvc.adapter.bench.Bench} runs the plan: simulators and data in this JVM, each
 *       measured pipeline in a child JVM ({@link vn.dvc.adapter.bench.ChildJvm}) so its heap and CPU
 *       are its own, then prints the table ({@link vn.dvc.adapter.bench.Table}).</li>
 *   <li>{@link vn.dvc.adapter.bench.Worker} is what a child runs: {@link vn.dvc.adapter.bench.AdapterRun}
 *       (a Spring context with the real routes, {@code SyncService.runOnce()}) or
 *       {@link vn.dvc.adapter.bench.BarePipeline} (ceiling and naive, the adapter's HTTP client).</li>
 *   <li>{@link vn.dvc.adapter.bench.Profile} sums JFR execution samples by phase and by frame.</li>
 * </ul>
 * See docs/benchmarks.md.
 */
package vn.dvc.adapter.bench;
