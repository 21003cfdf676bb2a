package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        pages.done(p3, p -> passed.add(p.page().ref()));
        pages.done(p2, p -> passed.add(p.page().ref()));
        assertThat(passed).as("nothing passes while the first page pushes").isEmpty();
        pages.done(p1, p -> passed.add(p.page().ref()));
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
        CompletableFuture<Void> fourth = CompletableFuture.runAsync(() -> call(() -> pages.admit(page("p4"), Set.of("E"))));
        CompletableFuture<Void> sameDossier = CompletableFuture.runAsync(() -> call(() -> pages.awaitNoneOf(List.of("X", "B"))));
        Thread.sleep(200);
        assertThat(fourth).as("a fourth page waits for room").isNotDone();
        assertThat(sameDossier).as("B is still being pushed").isNotDone();
        assertThat(pages.busiest()).isEqualTo(3);

        pages.done(p1, p -> passed.add(p.page().ref()));
        fourth.get(5, TimeUnit.SECONDS);
        sameDossier.get(5, TimeUnit.SECONDS);
        assertThat(passed).containsExactly("p1");
    }

    @Test
    void aFailedPageHoldsTheCheckpointAndEndsTheRunOnceTheOthersAreDone() throws Exception {
        RecordedPage p1 = page("p1");
        RecordedPage p2 = page("p2");
        pages.admit(p1, Set.of("A"));
        pages.admit(p2, Set.of("B"));
        pages.failed(new IllegalStateException("ledger down"));
        CompletableFuture<Void> drained = CompletableFuture.runAsync(() -> call(pages::drain));
        Thread.sleep(100);
        assertThat(drained).as("p2 still pushing").isNotDone();

        pages.done(p2, p -> passed.add(p.page().ref()));
        assertThatThrownBy(() -> drained.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("ledger down");
        assertThat(passed).as("nothing passes a failed page").isEmpty();
        assertThatThrownBy(() -> pages.admit(page("p3"), Set.of())).hasMessage("ledger down");
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void call(Step step) {
        try {
            step.run();
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
