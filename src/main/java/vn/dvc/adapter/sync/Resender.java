package vn.dvc.adapter.sync;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.Resend;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * Reads back, one batch at a time, what earlier runs left unfinished: PENDING rows (held dossiers
 * a catalogue refresh released) and FAILED rows whose transient fault may have passed. They go
 * through the same push as new content; a resent create meets "đã tồn tại" and becomes an update.
 */
@Component("resender")
public class Resender {

    private static final EnumSet<State> UNFINISHED = EnumSet.of(State.PENDING, State.FAILED);

    private final TransferReads transfers;
    private final ObjectMapper json;
    private final int batchSize;

    /**
     * Where a run's resend is: the last key read, and whether all are read. One writer, this class, on
     * the run's loop thread (the resend loop of {@code sync-run}); volatile as the run's other parts are.
     */
    static final class Position {
        private volatile String after;
        private volatile boolean done;
    }

    public Resender(TransferReads transfers, ObjectMapper json, AdapterProperties properties) {
        this.transfers = transfers;
        this.json = json;
        this.batchSize = properties.sync().batchSize();
    }

    public boolean more(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        return !run.resend.done && !run.stopped();
    }

    public Batch next(@ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        Position at = run.resend;
        List<Resend> rows = run.onLedger(() -> transfers.unfinished(UNFINISHED, at.after, batchSize));
        at.done = rows.size() < batchSize;
        List<PushItem> items = new ArrayList<>(rows.size());
        java.util.Map<String, String> agencies = new java.util.HashMap<>();
        for (Resend r : rows) {
            at.after = r.maHoSo();
            if (r.payload() != null) {
                items.add(item(json, r));
                agencies.put(r.maHoSo(), r.maDonVi());
            }
        }
        return Batch.resend(items, agencies);
    }

    /** A ledger row back as the push takes it: an update when the portal holds a version, only progress if unchanged. */
    public static PushItem item(ObjectMapper json, Resend r) {
        Payload p = Payload.read(json, r.payload());
        boolean changed = !(r.atPortal() && r.hash().equals(r.sentHash()));
        return new PushItem(r.maHoSo(), r.hash(), p.dossier(), p.progress(), r.atPortal(), changed, r.progressSent(),
                r.progressHeld());
    }
}
