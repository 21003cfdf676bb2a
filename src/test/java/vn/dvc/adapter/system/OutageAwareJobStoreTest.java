package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rule by which another instance counts as failed; ClusterIT proves it against a real outage. */
class OutageAwareJobStoreTest {

    private static final long INTERVAL = 10_000;

    @Test
    void withoutAnOutageOfItsOwnQuartzsBoundHolds() {
        long quartz = 1_000_000;
        assertThat(OutageAwareJobStore.failedIfAfter(quartz, 0, INTERVAL)).isEqualTo(quartz);
    }

    @Test
    void afterItsOwnOutageTheOtherGetsItsIntervalAndGraceFromTheReturn() {
        long lastCheckinOfTheOther = 1_000_000;
        long quartz = lastCheckinOfTheOther + INTERVAL + 7_500;   // already past: the outage lasted longer
        long back = lastCheckinOfTheOther + 30_000;
        assertThat(OutageAwareJobStore.failedIfAfter(quartz, back, INTERVAL)).isEqualTo(back + INTERVAL + 7_500);
        // a return long ago no longer stretches the rule
        long muchLater = back + 600_000;
        assertThat(OutageAwareJobStore.failedIfAfter(muchLater, back, INTERVAL)).isEqualTo(muchLater);
    }
}
