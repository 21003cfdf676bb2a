package vn.dvc.adapter.admin;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;

import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.Reconciliations;
import vn.dvc.adapter.ledger.TransferReads;

/** What the console and the API read, the same for both, masked for a viewer. */
@Service
public class AdminReads {

    private final LedgerQueries ledger;
    private final TransferReads transfers;
    private final Events events;
    private final ObjectMapper json;
    private final AdminActions actions;
    private final Reconciliations reconciliations;

    public AdminReads(LedgerQueries ledger, TransferReads transfers, Events events, ObjectMapper json, AdminActions actions,
                      Reconciliations reconciliations) {
        this.reconciliations = reconciliations;
        this.ledger = ledger;
        this.transfers = transfers;
        this.events = events;
        this.json = json;
        this.actions = actions;
    }

    public Overview overview(boolean mask) {
        java.time.Instant checkpoint = ledger.checkpoint();
        vn.dvc.adapter.ledger.Run last = ledger.lastRuns(1).stream().findFirst().orElse(null);
        return Overview.of(transfers.countByState(), checkpoint, ledger.readUpTo(checkpoint), ledger.lastSuccess(),
                mask ? FieldMasker.run(last) : last, ledger.needingAttention(), actions.syncing());
    }

    /** Runs, newest first; a run's note masked for a viewer ({@link FieldMasker#note}). */
    public PageOf<vn.dvc.adapter.ledger.Run> runs(int page, int size, boolean mask) {
        PageOf<vn.dvc.adapter.ledger.Run> runs = ledger.runs(page, size);
        return mask ? runs.map(FieldMasker::run) : runs;
    }

    public Optional<vn.dvc.adapter.ledger.Run> run(long id, boolean mask) {
        return ledger.run(id).map(r -> mask ? FieldMasker.run(r) : r);
    }

    public PageOf<TransferRow> transfers(TransferFilter filter, int page, int size, boolean mask) {
        PageOf<TransferRow> rows = ledger.transfers(filter, page, size);
        return mask ? rows.map(TransferRow::masked) : rows;
    }

    public Optional<TransferView> transfer(String maHoSo, boolean mask) {
        return ledger.transfer(maHoSo).map(d -> TransferView.of(d, events.of(maHoSo), mask, json));
    }

    /** One reconcile's drift list; a detail quotes the portal's answer, which may echo a citizen's data. */
    public List<Reconciliations.Drift> drift(long reconcileId, int limit, boolean mask) {
        List<Reconciliations.Drift> rows = reconciliations.drift(reconcileId, limit);
        return !mask ? rows : rows.stream().map(d -> new Reconciliations.Drift(d.maHoSo(), d.result(), d.maDonVi(),
                FieldMasker.error(d.detail(), d.maHoSo()), d.repaired())).toList();
    }

    public ObjectMapper json() {
        return json;
    }
}
