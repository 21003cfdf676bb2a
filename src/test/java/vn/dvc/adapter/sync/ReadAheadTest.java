package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

import vn.dvc.adapter.TestProperties;
import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.Lease;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.source.PageRequest;

/** {@code source-retry}'s condition, and a page read ahead that its run no longer wants. */
class ReadAheadTest {

    private final ReadAhead readAhead = new ReadAhead(null, TestProperties.of());   // adapter.source.max-redeliveries: 4
    private final SyncRun run = new SyncRun(1, RunKind.SYNC, new Lease.Held("test"),
            new Checkpoint(Instant.parse("2025-01-01T00:00:00Z"), null), 2);

    @Test
    void aReadIsTriedAgainUpToMaxRedeliveriesAndAReadAheadItsRunDroppedIsNot() throws Exception {
        Exchange read = new DefaultExchange(new DefaultCamelContext());
        for (int tries = 1; tries <= 4; tries++) {
            read.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, tries);
            assertThat(readAhead.matches(read)).as("redelivery %d", tries).isTrue();
        }
        read.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, 5);
        assertThat(readAhead.matches(read)).as("one try and four more").isFalse();

        ReadAhead.Pending pending = new ReadAhead.Pending("c2");
        Exchange ahead = new DefaultExchange(new DefaultCamelContext());
        ahead.setProperty("adapter.readAhead", pending);
        ahead.getMessage().setHeader(Exchange.REDELIVERY_COUNTER, 1);
        run.readAhead(pending);
        assertThat(readAhead.matches(ahead)).as("a read ahead its run still wants").isTrue();

        run.dropReadAhead();
        assertThat(readAhead.matches(ahead)).as("dropped as the run ended: no more tries").isFalse();
        assertThat(readAhead.take(new PageRequest(Instant.EPOCH, "c2", 500), run)).as("and never taken")
                .isInstanceOf(PageRequest.class);
    }

    @Test
    void aPageReadAheadForAnotherCursorIsDroppedAndTheRequestReadNow() throws Exception {
        ReadAhead.Pending pending = new ReadAhead.Pending("c2");
        run.readAhead(pending);
        PageRequest other = new PageRequest(Instant.EPOCH, "c9", 500);

        assertThat(readAhead.take(other, run)).isSameAs(other);
        assertThat(pending.dropped).isTrue();

        ReadAhead.Pending first = new ReadAhead.Pending("c3");
        run.readAhead(first);
        run.readAhead(new ReadAhead.Pending("c4"));
        assertThat(first.dropped).as("replaced before it was taken").isTrue();
    }
}
