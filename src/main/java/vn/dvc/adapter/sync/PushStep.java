package vn.dvc.adapter.sync;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.DossierPush;
import vn.dvc.adapter.portal.Outcome;
import vn.dvc.adapter.portal.PushItem;

/**
 * Pushes one batch and commits each dossier's outcome: SENT with the accepted hash, FAILED
 * (transient, sent again later) or REJECTED (the portal refused the data), with the story.
 */
@Component("push")
public class PushStep {

    private final DossierPush portal;
    private final Transfers transfers;
    private final TransactionTemplate tx;

    public PushStep(DossierPush portal, Transfers transfers, TransactionTemplate tx) {
        this.portal = portal;
        this.transfers = transfers;
        this.tx = tx;
    }

    public void push(List<PushItem> batch, @ExchangeProperty("run") SyncRun run) {
        if (batch.isEmpty()) {
            return;
        }
        List<Outcome> outcomes = portal.push(batch);
        Map<String, String> sentHash = new HashMap<>();
        Map<String, Integer> progressSent = new HashMap<>();
        Map<String, Failure> failed = new HashMap<>();
        Map<String, Failure> rejected = new HashMap<>();
        Map<String, Boolean> atPortal = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            PushItem item = batch.get(i);
            Outcome o = outcomes.get(i);
            // A dossier the portal took, even if its progress then failed, is recorded as accepted first.
            if (o.kind() == Outcome.Kind.ACCEPTED || "PROGRESS".equals(o.stage())) {
                sentHash.put(item.maHoSo(), item.hash());
                progressSent.put(item.maHoSo(), o.progressSent());
            }
            if (o.kind() != Outcome.Kind.ACCEPTED) {
                boolean transient_ = o.kind() == Outcome.Kind.FAILED;
                Failure f = new Failure(transient_ ? "TRANSIENT" : "PERMANENT", o.stage(), o.code(), null, o.message(), o.httpStatus());
                (transient_ ? failed : rejected).put(item.maHoSo(), f);
                atPortal.put(item.maHoSo(), o.atPortal());
            }
        }
        tx.executeWithoutResult(status -> {
            transfers.markSent(sentHash, progressSent);
            transfers.markFailed(failed, State.FAILED, atPortal);
            transfers.markFailed(rejected, State.REJECTED, atPortal);
        });
        run.sent.addAndGet(batch.size() - failed.size() - rejected.size());
        run.failed.addAndGet(failed.size());
        run.rejected.addAndGet(rejected.size());
    }
}
