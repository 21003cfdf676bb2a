package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.compliance.NationalCounts.Count;

/** The national counts by name: a count not given is 0, and two agencies' counts add up count by count. */
class NationalCountsTest {

    @Test
    void aCountNotGivenIsZero() {
        NationalCounts c = new NationalCounts(Map.of(Count.RECEIVED, 5L));

        assertThat(c.get(Count.RECEIVED)).isEqualTo(5);
        assertThat(c.get(Count.ELIGIBLE_TOAN_TRINH)).isZero();
        assertThat(NationalCounts.ZERO.values()).hasSize(Count.values().length).containsOnlyKeys(Count.values());
    }

    @Test
    void countsAddUpByName() {
        NationalCounts dossiers = new NationalCounts(Map.of(Count.RECEIVED, 5L, Count.SYNCED, 4L, Count.DUE, 3L));
        NationalCounts procedures = new NationalCounts(Map.of(Count.PROCEDURES, 7L, Count.DUE, 2L));

        NationalCounts sum = dossiers.plus(procedures);

        assertThat(sum).isEqualTo(new NationalCounts(Map.of(Count.RECEIVED, 5L, Count.SYNCED, 4L, Count.DUE, 5L,
                Count.PROCEDURES, 7L)));
        assertThat(NationalCounts.ZERO.plus(sum)).isEqualTo(sum);
    }
}
