/**
 * Stateful simulators of both systems on real HTTP (JDK HttpServer on 127.0.0.1), for the demo, the
 * {@code simulate} command and end-to-end tests.
 *
 * <ul>
 *   <li>{@link vn.dvc.adapter.simulator.DemoData}: the Hòa Bình data set, generated per dossier from
 *       (seed, index) and never held: 17 departments (841 level-3/4 procedures) and 10 districts (69
 *       each); ~3% of records carry one {@link vn.dvc.adapter.simulator.Defect}; ~5% of online dossiers
 *       carry an ID token that fails e-authentication for one named reason. Dossiers are received from
 *       2025-01-01 to the day the data ends; from 2025-07-01 under the merged Phú Thọ tree (12
 *       departments, 10 communes; {@code config/targets-phutho.yaml}), before it under Hòa Bình's.</li>
 *   <li>{@link vn.dvc.adapter.simulator.SourceSimulator}: the one-stop system's export API
 *       (domain.md §3), with cursors and dossiers that change while a run pages.</li>
 *   <li>{@link vn.dvc.adapter.simulator.PortalSimulator}: the DVCQG gateway (domain.md §4) and the
 *       SSO's JWKS, with {@link vn.dvc.adapter.simulator.Faults} to inject.</li>
 * </ul>
 * For benchmarks (docs/benchmarks.md), default off: {@link vn.dvc.adapter.simulator.DemoData#benchmark}
 * (one ID token per SSO session), {@link vn.dvc.adapter.simulator.DemoData#presign},
 * {@link vn.dvc.adapter.simulator.SourceSimulator#prerender}, a portal that keeps no content, and
 * {@link vn.dvc.adapter.simulator.Faults#rateLimit}.
 * Nothing here depends on Spring: the simulators start in plain tests and from the command line.
 */
package vn.dvc.adapter.simulator;
