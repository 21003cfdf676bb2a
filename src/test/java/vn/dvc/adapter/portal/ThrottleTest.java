package vn.dvc.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;

/** The portal's rate limit holds across threads; a 429 stops every thread, not just the one that got it. */
class ThrottleTest {

    @Test
    void callsFromManyThreadsAreSpacedToTheConfiguredRate() throws Exception {
        Throttle throttle = new Throttle(TestProperties.portalRate(20));   // one call every 50 ms
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                calls.add(pool.submit(() -> {
                    throttle.acquire();
                    starts.add(System.nanoTime());
                }));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Long> sorted = new ArrayList<>(starts);
        Collections.sort(sorted);
        // 12 calls at 20 per second: the last starts at least 11 × 50 ms after the first (minus timer slack)
        assertThat((sorted.get(11) - sorted.get(0)) / 1_000_000).isGreaterThanOrEqualTo(540);
    }

    @Test
    void a429PausesEveryThreadForItsRetryAfter() {
        Throttle throttle = new Throttle(TestProperties.portalRate(0));   // no limit of our own
        throttle.acquire();
        long start = System.nanoTime();
        throttle.pause(Duration.ofSeconds(2));
        throttle.acquire();                    // any thread's next call
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1_990);
    }

    @Test
    void withoutALimitNothingWaits() {
        Throttle throttle = new Throttle(TestProperties.portalRate(0));
        long start = System.nanoTime();
        for (int i = 0; i < 1000; i++) {
            throttle.acquire();
        }
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1_000);
    }
}
