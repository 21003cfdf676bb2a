package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.source.SourcePage;

/** The low-water mark: a page passes the checkpoint only when it and every page before it are done. */
class PagesInFlightTest {

    private final PagesInFlight pages = new PagesInFlight(3);
    private final List<String> passed = new ArrayList<>();

    /** A page's push that ends well: done inside its transaction, ended once that commits (PagePipeline.pushed). */
    private void committed(RecordedPage page) {
        pages.done(page, p -> passed.add(p.page().ref()));
        pages.ended();
    }

    private static RecordedPage page(String name) {
        return new RecordedPage(new SourcePage(List.of(), null, name), List.of(), null, null);
    }

    @Test
    void pagesPassInReadOrderWhateverOrderTheyFinishIn() throws Exception {
        RecordedPage p1 = page("p1");
        RecordedPage p2 = page("p2");
        RecordedPage p3 = page("p3");
        pages.admit(p1, Set.of("A"));
        pages.admit(p2, Set.of("B"));
        pages.admit(p3, Set.of("C"));

        committed(p3);
        committed(p2);
        assertThat(passed).as("nothing passes while the first page pushes").isEmpty();
        committed(p1);
        assertThat(passed).containsExactly("p1", "p2", "p3");
        pages.drain();
        assertThat(pages.size()).isZero();
    }

    @Test
    void aFullWindowWaitsForRoomAndADossierStillInFlightHoldsTheNextPagesComparison() throws Exception {
        RecordedPage p1 = page("p1");
        pages.admit(p1, Set.of("A", "B"));
        pages.admit(page("p2"), Set.of("C"));
        pages.admit(page("p3"), Set.of("D"));
        Waiter fourth = new Waiter(() -> pages.admit(page("p4"), Set.of("E")));
        Waiter sameDossier = new Waiter(() -> pages.awaitNoneOf(List.of("X", "B")));
        fourth.assertWaiting("a fourth page waits for room");
        sameDossier.assertWaiting("B is still being pushed");
        assertThat(pages.busiest()).isEqualTo(3);

        committed(p1);
        fourth.done.get(5, TimeUnit.SECONDS);
        sameDossier.done.get(5, TimeUnit.SECONDS);
        assertThat(passed).containsExactly("p1");
    }

    @Test
    void aFailedPageHoldsTheCheckpointAndEndsTheRunOnceTheOthersAreDone() throws Exception {
        RecordedPage p1 = page("p1");
        RecordedPage p2 = page("p2");
        pages.admit(p1, Set.of("A"));
        pages.admit(p2, Set.of("B"));
        pages.failed(new IllegalStateException("ledger down"));
        Waiter drained = new Waiter(pages::drain);
        drained.assertWaiting("p2 still pushing");

        committed(p2);
        assertThatThrownBy(() -> drained.done.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("ledger down");
        assertThat(passed).as("nothing passes a failed page").isEmpty();
        assertThatThrownBy(() -> pages.admit(page("p3"), Set.of())).hasMessage("ledger down");
    }

    @Test
    void aPageWhoseCommitFailsAfterItWasDoneEndsOnceSoAnAbortWaitsForThePagesStillPushing() throws Exception {
        RecordedPage p1 = page("p1");
        RecordedPage p2 = page("p2");
        pages.admit(p1, Set.of("A"));
        pages.admit(p2, Set.of("B"));
        // p1's outcomes done inside its transaction, then the commit fails (the database cut at COMMIT)
        pages.done(p1, p -> passed.add(p.page().ref()));
        pages.failed(new IllegalStateException("connection reset at commit"));

        long start = System.nanoTime();
        pages.quiesce(300);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the abort's wait while p2 still pushes")
                .isGreaterThanOrEqualTo(Duration.ofMillis(250));
        Waiter quiet = new Waiter(() -> pages.quiesce(5_000));
        quiet.assertWaiting("p2 still pushing");
        committed(p2);
        quiet.done.get(5, TimeUnit.SECONDS);
    }

    private interface Step {
        void run() throws Exception;
    }

    /**
     * A call on a thread of its own. It is waiting once its thread parks in {@code wait()} (or {@code wait(ms)}): a call that
     * does not block ends instead, and the assertion fails (no sleep that a slow machine would pass).
     */
    private static final class Waiter {
        final CompletableFuture<Void> done = new CompletableFuture<>();
        final Thread thread;

        Waiter(Step step) {
            thread = new Thread(() -> {
                try {
                    step.run();
                    done.complete(null);
                } catch (Exception e) {
                    done.completeExceptionally(new IllegalStateException(e.getMessage(), e));
                }
            });
            thread.start();
        }

        void assertWaiting(String why) {
            await().atMost(Duration.ofSeconds(10)).until(() -> done.isDone() || thread.getState() == Thread.State.WAITING
                    || thread.getState() == Thread.State.TIMED_WAITING);
            assertThat(done).as(why).isNotDone();
        }
    }
}
