package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;

/** The ends the ledger missed are written in the order they came, and one that fails again stays with the rest. */
class MissedWritesTest {

    @Test
    void aFlushWritesInOrderAndStopsAtTheFirstThatFailsKeepingItAndTheRest() {
        MissedWrites missed = new MissedWrites();
        List<String> written = new ArrayList<>();
        boolean[] away = {true};
        missed.later(() -> written.add("run 7 FAILED"));
        missed.later(() -> {
            if (away[0]) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            written.add("reconcile 3 DRIFT");
        });
        missed.later(() -> written.add("replay audit 2 FAILED"));

        assertThatThrownBy(missed::flush).hasMessage("Connection refused");
        assertThat(written).containsExactly("run 7 FAILED");

        away[0] = false;
        missed.flush();
        assertThat(written).containsExactly("run 7 FAILED", "reconcile 3 DRIFT", "replay audit 2 FAILED");
        missed.flush();
        assertThat(written).as("each written once").hasSize(3);
    }
}
