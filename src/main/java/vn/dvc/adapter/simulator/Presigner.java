package vn.dvc.adapter.simulator;

import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/** Signs a data set's ID tokens ahead of use, in parallel, into the SSO's caches ({@link DemoData#presign}). */
final class Presigner {

    private Presigner() {}

    /** Returns whether every token of the data set is now signed and cached. */
    static boolean sign(DemoData data, DossierBuilder builder, int threads) {
        int to = data.dossierCount();
        if (!data.sessionTokens()) {
            // the per-dossier cache is bounded: sign only the prefix whose tokens it holds
            int tokens = 0;
            for (to = 0; to < data.dossierCount() && tokens < IdentityProvider.cacheSize(); to++) {
                tokens += DossierBuilder.carriesToken(data.plan(to)) ? 1 : 0;
            }
        }
        int end = to;
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, end).parallel().forEach(i -> builder.signToken(data.plan(i)))).join();
        } finally {
            pool.shutdown();
        }
        return end == data.dossierCount();
    }
}
