package vn.dvc.adapter.simulator;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from (seed, index, purpose). */
final class Seeds {

    private Seeds() {}

    /** SplitMix64 finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    static long mix(long seed, long index, long purpose) {
        return mix(mix(mix(seed) + index) + purpose * 0x9e3779b97f4a7c15L);
    }

    static SplittableRandom random(long seed, long index, long purpose) {
        return new SplittableRandom(mix(seed, index, purpose));
    }

    static long hash(long seed, String text) {
        long h = mix(seed);
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h + b);
        }
        return h;
    }

    /** A uniform number in [0, 1) from a hash. */
    static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
