package vn.dvc.adapter.sync;

import java.util.List;

import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.RunKind;
import vn.dvc.adapter.portal.DossierPush;
import vn.dvc.adapter.portal.Outcome;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * Pushes one batch and commits each dossier's outcome: SENT with the accepted hash, FAILED
 * (transient, sent again later) or REJECTED (the portal refused the data), with the story. What each
 * portal call comes to is committed as it answers, before the next call ({@link OutcomeRecorder}):
 * a dossier read in this run is written to the ledger once, with its last call's outcome; a crash before leaves the
 * checkpoint behind it, so the next run reads it again. After
 * {@code adapter.sync.breaker-threshold} batches in a row fail on transient faults only, the
 * breaker opens: the run stops calling the portal; the rest is not recorded, and the checkpoint
 * stays behind it for the next run to read again.
 */
@Component("pushStep")
public class PushStep {

    private static final Logger log = LoggerFactory.getLogger(PushStep.class);

    private final DossierPush portal;
    private final OutcomeRecorder recorder;
    private final int breakerThreshold;
    private final String breakerOpened;

    private final List<RunListener> listeners;

    private final RunControl runs;

    public PushStep(DossierPush portal, OutcomeRecorder recorder, RunControl runs, AdapterProperties properties,
                    List<RunListener> listeners) {
        this.runs = runs;
        this.listeners = listeners;
        this.portal = portal;
        this.recorder = recorder;
        this.breakerThreshold = properties.sync().breakerThreshold();
        this.breakerOpened = "ngắt mạch: " + breakerThreshold + " lô liên tiếp gặp lỗi tạm thời của Cổng DVCQG";
    }

    /**
     * The first step of {@code push-batch}: the batch to the portal, each call's outcomes committed as
     * it answers. A crash between an answer and its commit is {@code PORTAL_ACCEPTED}. A batch of a run
     * that stopped (breaker, SIGTERM, a lost ledger) is not sent: its outcomes are empty and nothing is
     * recorded.
     */
    public Pushed send(Batch batch, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        List<PushItem> items = batch.items();
        if (items.isEmpty() || run.stopped()) {
            return new Pushed(batch, List.of(), null);
        }
        OutcomeRecorder.Recording recording = recorder.recording(batch, run);
        return new Pushed(batch, portal.push(items, recording), recording);
    }

    /** A batch, the portal's outcome for each of its dossiers in order (none when it was not sent), and their recording. */
    public record Pushed(Batch batch, List<Outcome> outcomes, OutcomeRecorder.Recording recording) {}

    /**
     * The second step: the outcomes no portal call was needed for committed with whatever is still
     * pending; then the run's counts and the breaker.
     */
    public void record(Pushed pushed, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        if (pushed.outcomes().isEmpty()) {
            return;
        }
        pushed.recording().finish(pushed.outcomes());
        tell(run, pushed.batch(), pushed.outcomes());
        int failures = 0;
        int rejections = 0;
        for (Outcome o : pushed.outcomes()) {
            failures += o.kind() == Outcome.Kind.FAILED ? 1 : 0;
            rejections += o.kind() == Outcome.Kind.REJECTED ? 1 : 0;
        }
        run.counters.outcomes(pushed.outcomes().size() - failures - rejections, failures, rejections);
        if (run.kind != RunKind.SYNC || pushed.batch().resent()) {
            runs.batchDone(run);   // a page read says so as it passes
        }
        breaker(run, failures == pushed.outcomes().size());
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

    /** The breaker counts the batch; it opens unless the run has stopped already (a shutdown names the stop then). */
    private void breaker(SyncRun run, boolean allTransient) {
        if (run.breaker.tripped(allTransient, breakerThreshold) && run.stopReason() == null && run.breaker.open(breakerOpened)) {
            log.warn("lượt {}: {}; phần còn lại chờ lượt sau", run.id, breakerOpened);
        }
    }
}
