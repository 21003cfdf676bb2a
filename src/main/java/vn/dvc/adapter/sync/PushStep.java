package vn.dvc.adapter.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfer;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.DossierPush;
import vn.dvc.adapter.portal.Outcome;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.CrashPoints;

/**
 * Pushes one batch and commits each dossier's outcome: SENT with the accepted hash, FAILED
 * (transient, sent again later) or REJECTED (the portal refused the data), with the story. A
 * dossier read in this run is written to the ledger here, once, with its payload and outcome; a
 * crash before this commit leaves the checkpoint behind it, so the next run reads it again. After
 * {@code adapter.sync.breaker-threshold} batches in a row fail on transient faults only, the
 * breaker opens: the run stops calling the portal; the rest is not recorded, and the checkpoint
 * stays behind it for the next run to read again.
 */
@Component("pushStep")
public class PushStep {

    private static final Logger log = LoggerFactory.getLogger(PushStep.class);

    private final DossierPush portal;
    private final Transfers transfers;
    private final Events events;
    private final TransactionTemplate tx;
    private final CrashPoints crash;
    private final int breakerThreshold;

    private final List<RunListener> listeners;

    public PushStep(DossierPush portal, Transfers transfers, Events events, TransactionTemplate tx, CrashPoints crash,
                    AdapterProperties properties, List<RunListener> listeners) {
        this.listeners = listeners;
        this.portal = portal;
        this.transfers = transfers;
        this.events = events;
        this.tx = tx;
        this.crash = crash;
        this.breakerThreshold = properties.sync().breakerThreshold();
    }

    /**
     * The first step of {@code push-batch}: the batch to the portal, and what became of each dossier
     * there. Nothing is in the ledger yet; a crash now is {@code PORTAL_ACCEPTED}. A batch of a run
     * that stopped (breaker, SIGTERM) is not sent: its outcomes are empty and nothing is recorded.
     */
    public Pushed send(Batch batch, @ExchangeProperty("run") SyncRun run) {
        List<PushItem> items = batch.items();
        if (items.isEmpty() || run.stopped()) {
            return new Pushed(batch, List.of());
        }
        List<Outcome> outcomes = portal.push(items);
        crash.reached(CrashPoints.Point.PORTAL_ACCEPTED);
        return new Pushed(batch, outcomes);
    }

    /** A batch and the portal's outcome for each of its dossiers, in order (none when it was not sent). */
    public record Pushed(Batch batch, List<Outcome> outcomes) {}

    /**
     * The second step: every dossier's outcome committed in one transaction — a version read this
     * run written once with it, a row already in the ledger marked SENT, FAILED or REJECTED — with
     * the story; then the run's counts and the breaker.
     */
    public void record(Pushed pushed, @ExchangeProperty("run") SyncRun run) {
        if (pushed.outcomes().isEmpty()) {
            return;
        }
        Writes writes = new Writes();
        List<PushItem> items = pushed.batch().items();
        for (int i = 0; i < items.size(); i++) {
            sort(items.get(i), pushed.outcomes().get(i), pushed.batch(), run, writes);
        }
        commit(run, pushed.batch(), writes);
        tell(run, pushed.batch(), pushed.outcomes());
        run.sent.addAndGet(items.size() - writes.failures - writes.rejections);
        run.failed.addAndGet(writes.failures);
        run.rejected.addAndGet(writes.rejections);
        breaker(run, writes.failures == items.size());
    }

    /** What a batch's outcomes come to in the ledger, gathered for one transaction. */
    private static final class Writes {
        final List<Transfers.Version> versions = new ArrayList<>();
        final List<Transfers.Accepted> accepted = new ArrayList<>();
        final Map<String, Failure> failed = new HashMap<>();
        final Map<String, Failure> rejected = new HashMap<>();
        final Map<String, Boolean> atPortal = new HashMap<>();
        final List<Events.Event> story = new ArrayList<>();
        int failures;
        int rejections;
    }

    /** One dossier's outcome: its version written with it, or its known row marked; with its story. */
    private void sort(PushItem item, Outcome o, Batch batch, SyncRun run, Writes writes) {
        // A dossier the portal took, even if its progress then failed, is recorded as accepted first.
        boolean dossierTaken = o.kind() == Outcome.Kind.ACCEPTED || o.stage() == Stage.PROGRESS;
        Failure f = failure(o);
        State state = switch (o.kind()) {
            case ACCEPTED -> State.SENT;
            case FAILED -> State.FAILED;
            case REJECTED -> State.REJECTED;
        };
        writes.failures += state == State.FAILED ? 1 : 0;
        writes.rejections += state == State.REJECTED ? 1 : 0;
        Transfer version = batch.version(item.maHoSo());
        if (f != null || run.kind != RunKind.SYNC || !alreadySent(batch, item, version)) {
            writes.story.add(new Events.Event(item.maHoSo(), run.id, run.kind, state, f));   // every change of state
        }
        if (version != null) {
            if (transfers.keepsPayload(state)) {
                version = version.withPayload(new Payload(item.dossier(), item.progress()).write());
            }
            Transfers.Version pushedVersion = Transfers.Version.pushed(version, state, f, o.atPortal());
            writes.versions.add(dossierTaken ? pushedVersion.taken(item.hash(), o.progressSent(), o.progressHeld())
                    : pushedVersion);
            return;
        }
        if (dossierTaken) {
            writes.accepted.add(new Transfers.Accepted(item.maHoSo(), item.hash(), o.progressSent(), o.progressHeld(),
                    f == null));
        }
        if (f != null) {
            (state == State.FAILED ? writes.failed : writes.rejected).put(item.maHoSo(), f);
            writes.atPortal.put(item.maHoSo(), o.atPortal());
        }
    }

    /** A dossier the ledger had as SENT already: a new version accepted is no change of state, and no event. */
    private static boolean alreadySent(Batch batch, PushItem item, Transfer version) {
        var known = version == null ? null : batch.known().get(item.maHoSo());   // a resend was FAILED or PENDING
        return known != null && known.state() == State.SENT;
    }

    /** Why the portal did not take it all: a transient fault or a refusal, where it stopped; null when accepted. */
    private static Failure failure(Outcome o) {
        return switch (o.kind()) {
            case ACCEPTED -> null;
            case FAILED -> new Failure(ErrorClass.TRANSIENT, o.stage(), o.code(), null, o.message(), o.messageEn(),
                    o.httpStatus());
            case REJECTED -> new Failure(ErrorClass.PERMANENT, o.stage(), o.code(), null, o.message(), o.messageEn(),
                    o.httpStatus());
        };
    }

    private void commit(SyncRun run, Batch batch, Writes writes) {
        synchronized (run.ledgerWrites) {
            tx.executeWithoutResult(status -> {
                transfers.write(writes.versions, batch.known(), run.id);
                transfers.markSent(writes.accepted);
                transfers.markFailed(writes.failed, State.FAILED, writes.atPortal);
                transfers.markFailed(writes.rejected, State.REJECTED, writes.atPortal);
                events.record(writes.story);
            });
        }
    }

    /** The committed outcomes, by agency, to the listeners. */
    private void tell(SyncRun run, Batch batch, List<Outcome> outcomes) {
        Tally tally = new Tally();
        for (int i = 0; i < outcomes.size(); i++) {
            String outcome = switch (outcomes.get(i).kind()) {
                case ACCEPTED -> "sent";
                case FAILED -> "failed";
                case REJECTED -> "rejected";
            };
            tally.add(outcome, batch.agency(batch.items().get(i).maHoSo()));
        }
        tally.tell(listeners, run.kind);
    }

    private void breaker(SyncRun run, boolean allTransient) {
        if (!allTransient) {
            run.consecutiveFailures.set(0);
        } else if (run.consecutiveFailures.incrementAndGet() >= breakerThreshold && run.stopReason == null) {
            run.stopReason = "ngắt mạch: " + breakerThreshold + " lô liên tiếp gặp lỗi tạm thời của Cổng DVCQG";
            log.warn("lượt {}: {}; phần còn lại chờ lượt sau", run.id, run.stopReason);
        }
    }
}
