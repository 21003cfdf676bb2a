package vn.dvc.adapter.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EstimateTest {

    @Test
    void noDriftInASampleOf300IsAtMostAboutOneAndAQuarterPercent() {
        Estimate e = Estimate.of(0, 300, 20_000);

        assertThat(e.share()).isZero();
        assertThat(e.low()).isZero();
        // Wilson: z² / (n + z²) = 3.8415 / 303.8415
        assertThat(e.high()).isCloseTo(3.841459 / 303.841459, within(1e-6));
        assertThat(e.dossiers()).isZero();
    }

    @Test
    void theIntervalOfTenInAHundredIsWilsonsNotTheNormalOne() {
        Estimate e = Estimate.of(10, 100, 50_000);

        assertThat(e.share()).isEqualTo(0.10);
        assertThat(e.low()).isCloseTo(0.05523, within(1e-4));
        assertThat(e.high()).isCloseTo(0.17437, within(1e-4));
        assertThat(e.dossiers()).isEqualTo(5_000);
    }

    @Test
    void nothingReadSaysNothing() {
        Estimate e = Estimate.of(0, 0, 10);

        assertThat(e.share()).isNaN();
        assertThat(e.low()).isZero();
        assertThat(e.high()).isEqualTo(1);
    }
}
