package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

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
        missed.later("run 7", () -> written.add("run 7 FAILED"));
        missed.later("reconcile 3", () -> {
            if (away[0]) {
                throw new DataAccessResourceFailureException("Connection refused");
            }
            written.add("reconcile 3 DRIFT");
        });
        missed.later("replay 2", () -> written.add("replay audit 2 FAILED"));

        missed.flush();   // never fails its caller: the caller's own statements say the ledger is away
        assertThat(written).containsExactly("run 7 FAILED");

        away[0] = false;
        missed.flush();
        assertThat(written).containsExactly("run 7 FAILED", "reconcile 3 DRIFT", "replay audit 2 FAILED");
        missed.flush();
        assertThat(written).as("each written once").hasSize(3);
    }

    @Test
    void aWriteThatNeverSucceedsIsDroppedAfterItsTriesAndHoldsTheOthersNoLonger() {
        MissedWrites missed = new MissedWrites();
        List<String> written = new ArrayList<>();
        missed.later("run 8", () -> {
            throw new org.springframework.dao.DataIntegrityViolationException("value too long for column message");
        });
        missed.later("run 9", () -> written.add("run 9 FAILED"));

        for (int i = 1; i < MissedWrites.TRIES; i++) {
            missed.flush();
            assertThat(written).as("flush %d: run 8 tried again first", i).isEmpty();
        }
        missed.flush();

        assertThat(written).containsExactly("run 9 FAILED");
    }
}
