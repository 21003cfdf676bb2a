package vn.dvc.adapter.sync;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.apache.camel.Predicate;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * The next page of the source, read while this one is checked and recorded. A page's next cursor is known as soon
 * as its bytes are read, but the loop asked for the next page only once the page before was checked: with 50 ms to
 * the source, a third of the loop's time was that wait (docs/benchmarks.md). The page loop ({@code pull-page})
 * takes the page read ahead when it asks for that cursor ({@link #take}) and starts the read of the one after it
 * ({@link #start}); one page at most is read ahead, through {@code source-page} like any read, with the same
 * retries.
 *
 * <p>It changes nothing a run records: a page read ahead is checked, recorded and pushed where it would have
 * been, in order; a read that failed fails the run where the loop takes it, as the loop's own read did. A run
 * that ends first (a shutdown, the breaker, the ledger lost) drops it ({@link SyncRun#dropReadAhead}): it is
 * never taken, and its retries end at its next failure ({@link #matches}, {@code source-retry}'s condition), so a
 * one-shot {@code sync} is not kept from its exit by the source's backoff.
 */
@Component("readAhead")
public class ReadAhead implements Predicate {

    /** The exchange property of a read ahead: its {@link Pending}. */
    private static final String PENDING = "adapter.readAhead";

    private final ObjectProvider<ProducerTemplate> camel;
    private final int pageSize;
    private final int maxRedeliveries;

    public ReadAhead(ObjectProvider<ProducerTemplate> camel, AdapterProperties properties) {
        this.camel = camel;
        this.pageSize = properties.source().pageSize();
        this.maxRedeliveries = properties.source().maxRedeliveries();
    }

    /** A read ahead: the cursor it reads after, and the read; dropped when the run no longer wants it. */
    static final class Pending {
        final String cursor;
        volatile boolean dropped;
        CompletableFuture<Exchange> read;

        Pending(String cursor) {
            this.cursor = cursor;
        }
    }

    /** Starts reading the page after this one, unless this one is the last or the run stops reading. */
    public void start(SourcePage page, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        if (page.last() || run.stopped()) {
            return;
        }
        PageRequest next = new PageRequest(run.position.since(), page.nextCursor(), pageSize);
        Pending pending = new Pending(next.cursor());
        pending.read = camel.getObject().asyncSend("direct:source-page", e -> {
            e.getMessage().setBody(next);
            e.setProperty(PENDING, pending);
        });
        run.readAhead(pending);
    }

    /**
     * The page read ahead for this request, once its read has ended (its failure thrown, as the loop's own read's
     * was), or the request itself, to be read now: no page was read ahead, or one for another cursor (dropped).
     */
    public Object take(PageRequest request, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) throws Exception {
        Pending pending = run.takeReadAhead();
        if (pending == null) {
            return request;
        }
        if (!Objects.equals(pending.cursor, request.cursor())) {
            pending.dropped = true;
            return request;
        }
        Exchange read;
        try {
            read = pending.read.get();
        } catch (InterruptedException e) {
            pending.dropped = true;
            Thread.currentThread().interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (read.getException() != null) {
            throw read.getException();
        }
        return read.getMessage().getMandatoryBody(SourcePage.class);
    }

    /**
     * {@code source-retry}'s condition for one more try of a read: up to {@code adapter.source.max-redeliveries},
     * and none for a read ahead its run dropped.
     */
    @Override
    public boolean matches(Exchange exchange) {
        Pending pending = exchange.getProperty(PENDING, Pending.class);
        if (pending != null && pending.dropped) {
            return false;
        }
        Integer tries = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        return tries == null || tries <= maxRedeliveries;
    }
}
