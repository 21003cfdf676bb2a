package vn.dvc.adapter.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.LedgerWrites;
import vn.dvc.adapter.ledger.ProgressInFlight;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfer;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.Outcome;
import vn.dvc.adapter.portal.PushCalls;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.CrashPoints;

/**
 * Commits what each portal call of a batch came to before the next call is made. A dossier read this
 * run is written once, when its last call answers (SENT, FAILED or REJECTED, with the story): its
 * {@code DongBoHoSoMC}, or the {@code CapNhatTienDoHoSoMC} after it when it has new progress. The
 * progress entries of that call are committed as in flight before it and leave with its outcome
 * ({@link ProgressInFlight}). So a crash leaves in doubt only the calls in flight, and a run that
 * lost its ledger makes no further call: the first failed write stops it ({@link SyncRun#ledgerFailed}).
 *
 * <p>A crash between the two calls leaves the row as it was before the run (none, for a new dossier),
 * the progress entries listed in flight, and the checkpoint behind the page: the next run sends the
 * dossier again (an update: the portal answers a second create "đã tồn tại" and {@code DossierPush}
 * sends it as one) and the entries, which stay listed as possibly doubled. One write a dossier, not
 * two: on H2 every {@code UPDATE} rewrites the row in each of the table's indexes (docs/benchmarks.md).
 */
@Component
public class OutcomeRecorder {

    private final Transfers transfers;
    private final Events events;
    private final ProgressInFlight inFlight;
    private final LedgerWrites ledger;
    private final CrashPoints crash;

    public OutcomeRecorder(Transfers transfers, Events events, ProgressInFlight inFlight, LedgerWrites ledger, CrashPoints crash) {
        this.transfers = transfers;
        this.events = events;
        this.inFlight = inFlight;
        this.ledger = ledger;
        this.crash = crash;
    }

    Recording recording(Batch batch, SyncRun run) {
        return new Recording(batch, run);
    }

    /** One batch's push, call by call. Used by the one thread that pushes the batch. */
    final class Recording implements PushCalls {

        private final Batch batch;
        private final SyncRun run;
        private final Map<String, PushItem> items = new HashMap<>();
        /** Dossiers whose first call of this push answered (their row written, or waiting for their progress call). */
        private final Set<String> written = new HashSet<>();
        /** Dossiers whose progress entries this push has recorded as in flight. */
        private final Set<String> marked = new HashSet<>();
        /** Versions the portal took whose progress call is still to answer: written with its outcome. */
        private final Map<String, Transfer> awaitingProgress = new HashMap<>();
        private Writes pending = new Writes();

        private Recording(Batch batch, SyncRun run) {
            this.batch = batch;
            this.run = run;
            batch.items().forEach(i -> items.put(i.maHoSo(), i));
        }

        @Override
        public void calling(List<PushItem> progress) {
            if (run.ledgerFailure() != null) {
                throw new IllegalStateException("lượt " + run.id + " đã dừng: sổ cái không ghi được, không gọi Cổng DVCQG nữa",
                        run.ledgerFailure());
            }
            for (PushItem item : progress) {
                if (marked.add(item.maHoSo())) {
                    pending.sending.add(new ProgressInFlight.Entries(item.maHoSo(), item.newProgressPlaces()));
                }
            }
            flush();
        }

        @Override
        public void dossiersAnswered(List<Outcome> outcomes) {
            crash.reached(CrashPoints.Point.PORTAL_ACCEPTED);
            for (Outcome o : outcomes) {
                PushItem item = items.get(o.maHoSo());
                // accepted with new progress: the progress call follows, and tells the story's end
                first(item, o, o.kind() == Outcome.Kind.ACCEPTED && item.hasNewProgress());
            }
        }

        /** Entries that may be doubled stay listed: in doubt once the run has ended. */
        @Override
        public void progressAnswered(List<Outcome> outcomes, boolean mayBeDoubled) {
            crash.reached(CrashPoints.Point.PORTAL_ACCEPTED);
            crash.reached(CrashPoints.Point.PROGRESS_ACCEPTED);
            for (Outcome o : outcomes) {
                PushItem item = items.get(o.maHoSo());
                if (written.contains(o.maHoSo())) {
                    progress(item, o);
                } else {
                    first(item, o, false);
                }
                if (!mayBeDoubled) {
                    pending.answered.add(o.maHoSo());
                }
            }
        }

        /**
         * After the push: the dossiers no call was needed for, then whatever is still pending. A version
         * still waiting for its progress call (which {@code DossierPush}, answering every call, never
         * leaves) fails the batch instead: its page then keeps the checkpoint behind it, and the next
         * run sends the dossier and its entries again rather than the ledger calling them sent.
         */
        void finish(List<Outcome> outcomes) {
            if (!awaitingProgress.isEmpty()) {
                throw new IllegalStateException("lượt " + run.id + ": chưa có kết quả gửi tiến độ của "
                        + awaitingProgress.keySet() + "; lô được đọc lại ở lượt sau");
            }
            for (Outcome o : outcomes) {
                if (!written.contains(o.maHoSo())) {
                    first(items.get(o.maHoSo()), o, false);
                }
            }
            flush();
        }

        /** A dossier's first outcome in this push: its version written with it, or its known row marked. */
        private void first(PushItem item, Outcome o, boolean progressFollows) {
            written.add(item.maHoSo());
            // A dossier the portal took, even if its progress then failed, is recorded as accepted first.
            boolean dossierTaken = o.kind() == Outcome.Kind.ACCEPTED || o.stage() == Stage.PROGRESS;
            Failure f = o.failure();
            State state = o.state();
            if (!progressFollows) {
                story(item, state, f);
            }
            Transfer version = batch.version(item.maHoSo());
            if (version != null) {
                if (progressFollows) {
                    awaitingProgress.put(item.maHoSo(), version);
                    return;
                }
                Transfers.Version pushed = Transfers.Version.pushed(kept(version, item, state), state, f, o.atPortal());
                pending.versions.add(dossierTaken ? pushed.taken(item.hash(), o.progressSent(), o.progressHeld()) : pushed);
                return;
            }
            if (dossierTaken) {
                // the payload stays while progress is still to come: it is what a failure of it is sent again with
                pending.accepted.add(new Transfers.Accepted(item.maHoSo(), item.hash(), o.progressSent(), o.progressHeld(),
                        f == null && !progressFollows));
            }
            if (f != null) {
                pending.failed.add(new Transfers.Failed(item.maHoSo(), state, f, o.atPortal()));
            }
        }

        /**
         * The progress call after this push's own dossier call: the version read this run is written with
         * its outcome; a row the ledger had (a resend, a replay) takes it.
         */
        private void progress(PushItem item, Outcome o) {
            Failure f = o.failure();
            State state = o.state();
            story(item, state, f);
            Transfer version = awaitingProgress.remove(item.maHoSo());
            if (version != null) {
                pending.versions.add(Transfers.Version.pushed(kept(version, item, state), state, f, true)
                        .taken(item.hash(), o.progressSent(), o.progressHeld()));
                return;
            }
            if (f == null) {
                pending.progressTaken.add(new Transfers.Accepted(item.maHoSo(), item.hash(), o.progressSent(),
                        o.progressHeld(), true));
                return;
            }
            pending.progressFailed.add(new Transfers.Failed(item.maHoSo(), state, f, true));
        }

        /** A version read this run (it has no payload) with the payload its state keeps ({@link Transfers#keepsPayload}). */
        private Transfer kept(Transfer version, PushItem item, State state) {
            return transfers.keepsPayload(state) ? version.withPayload(payload(item)) : version;
        }

        /** Every change of state is an event: a new version of a dossier the ledger had as SENT already is none. */
        private void story(PushItem item, State state, Failure f) {
            if (f != null || run.kind != RunKind.SYNC || !alreadySent(item)) {
                pending.story.add(new Events.Event(item.maHoSo(), run.id, run.kind, state, f));
            }
        }

        private boolean alreadySent(PushItem item) {
            var known = batch.version(item.maHoSo()) == null ? null : batch.known().get(item.maHoSo());   // a resend was FAILED or PENDING
            return known != null && known.state() == State.SENT;
        }

        /** What the calls answered so far, in one transaction; the first failure stops the run's calls. */
        private void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Writes w = pending;
            pending = new Writes();
            run.onLedger(() -> ledger.commit(() -> {
                transfers.write(w.versions, batch.known(), run.id);
                transfers.markSent(w.accepted, true);
                transfers.markFailed(w.failed, true);
                transfers.markSent(w.progressTaken, false);
                transfers.markFailed(w.progressFailed, false);
                events.record(w.story);
                inFlight.answered(run.id, w.answered);
                inFlight.sending(run.id, w.sending);
                return null;
            }));
        }
    }

    /** What the answers come to in the ledger, gathered for one transaction. */
    private static final class Writes {
        final List<Transfers.Version> versions = new ArrayList<>();
        final List<Transfers.Accepted> accepted = new ArrayList<>();
        final List<Transfers.Failed> failed = new ArrayList<>();
        final List<Transfers.Accepted> progressTaken = new ArrayList<>();
        final List<Transfers.Failed> progressFailed = new ArrayList<>();
        final List<Events.Event> story = new ArrayList<>();
        final List<String> answered = new ArrayList<>();
        final List<ProgressInFlight.Entries> sending = new ArrayList<>();

        boolean isEmpty() {
            return versions.isEmpty() && accepted.isEmpty() && failed.isEmpty() && progressTaken.isEmpty()
                    && progressFailed.isEmpty() && story.isEmpty() && answered.isEmpty() && sending.isEmpty();
        }
    }

    private static String payload(PushItem item) {
        return new Payload(item.dossier(), item.progress()).write();
    }
}
