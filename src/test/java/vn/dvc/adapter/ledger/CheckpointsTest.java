package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.MigratedH2;

/** The source checkpoint on a migrated ledger: it starts where it is told, moves forward, never back. */
class CheckpointsTest {

    private static final Instant INITIAL = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2025-03-04T01:21:00Z");
    private static final Instant APRIL = Instant.parse("2025-04-01T08:00:00Z");

    private Checkpoints checkpoints;

    @BeforeEach
    void ledger() {
        checkpoints = new Checkpoints(MigratedH2.jdbc("checkpoints"));
    }

    @Test
    void beforeTheFirstRunItIsTheInitialInstant() {
        assertThat(checkpoints.load(INITIAL)).isEqualTo(new Checkpoint(INITIAL, null));
    }

    @Test
    void itMovesForwardAndKeepsTheLastKey() {
        checkpoints.advance(new Checkpoint(MARCH, "H25.1"));
        assertThat(checkpoints.load(INITIAL)).isEqualTo(new Checkpoint(MARCH, "H25.1"));

        checkpoints.advance(new Checkpoint(APRIL, "H25.9"));
        assertThat(checkpoints.load(INITIAL)).isEqualTo(new Checkpoint(APRIL, "H25.9"));
    }

    @Test
    void anEarlierInstantDoesNotMoveItBack() {
        checkpoints.advance(new Checkpoint(APRIL, "H25.9"));

        checkpoints.advance(new Checkpoint(MARCH, "H25.1"));   // a late page, or a caller's mistake

        assertThat(checkpoints.load(INITIAL)).isEqualTo(new Checkpoint(APRIL, "H25.9"));
    }

    @Test
    void theSameInstantMayTakeALaterKey() {
        // the source reads updatedSince inclusively: pages ending on one instant advance the key only
        checkpoints.advance(new Checkpoint(APRIL, "H25.5"));
        checkpoints.advance(new Checkpoint(APRIL, "H25.9"));

        assertThat(checkpoints.load(INITIAL)).isEqualTo(new Checkpoint(APRIL, "H25.9"));
    }
}
