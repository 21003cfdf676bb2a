package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.reconcile.Estimate;
import vn.dvc.adapter.reconcile.ReconcileResult;

/**
 * Issue 22: the reconcile's summary says what a person needs to act on: a portal that holds none of the
 * dossiers read back is named as such (a new {@code simulate} after the demo), not as "100% drifted"; a
 * repair that stopped says so, why, and what the marked dossiers wait for.
 */
class ReconcileSummaryTest {

    private static ReconcileResult result(int checked, int missing, Long repairRun, String failure) {
        return new ReconcileResult(2, repairRun, failure == null ? "DRIFT" : "FAILED", 20_000, checked, checked - missing, missing,
                0, 0, 0, 3_000, new Estimate(20_000, (double) missing / checked, 0, 0.02, 20_000L * missing / checked), List.of(),
                List.of(), failure);
    }

    @Test
    void aPortalHoldingNoneOfTheSampleIsSaidSoNotEstimatedAsDrift() {
        String vi = ReconcileCommand.human(result(300, 300, null, null), false);
        String en = ReconcileCommand.human(result(300, 300, null, null), true);
        String some = ReconcileCommand.human(result(300, 3, null, null), false);

        assertThat(vi).contains("Cổng DVCQG không giữ hồ sơ nào trong số đã đọc lại").contains("simulate --demo")
                .doesNotContain("100,00%");
        assertThat(en).contains("the portal holds none of the dossiers read back");
        assertThat(some).contains("ước tính       1,00%").doesNotContain("không giữ hồ sơ nào");
    }

    @Test
    void aRepairThatStoppedSaysWhyAndWhatTheMarkedDossiersWaitFor() {
        vn.dvc.adapter.sync.RunNotes notes = new vn.dvc.adapter.sync.RunNotes(vn.dvc.adapter.TestProperties.messages(),
                vn.dvc.adapter.TestProperties.of());
        ReconcileResult stopped = result(20, 5, 7L, "HTTP operation failed invoking http://127.0.0.1:8081/api/v1/dossiers?limit=20"
                + " with statusCode: 503");

        assertThat(ReconcileCommand.failure(stopped, notes, false)).contains("đối soát dừng giữa chừng: Hệ thống một cửa trả về HTTP 503")
                .contains("replay --failed");
        assertThat(ReconcileCommand.failure(stopped, notes, true)).contains("the reconcile stopped: The one-stop system answered HTTP 503");
        assertThat(ReconcileCommand.failure(result(20, 5, null, null), notes, false)).isEmpty();
    }
}
