package vn.dvc.adapter.admin;

import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Service;

import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.TransferReads;

/** What the console and the API read, the same for both, masked for a viewer. */
@Service
public class AdminReads {

    private final LedgerQueries ledger;
    private final TransferReads transfers;
    private final Events events;
    private final ObjectMapper json;
    private final AdminActions actions;

    public AdminReads(LedgerQueries ledger, TransferReads transfers, Events events, ObjectMapper json, AdminActions actions) {
        this.ledger = ledger;
        this.transfers = transfers;
        this.events = events;
        this.json = json;
        this.actions = actions;
    }

    public Overview overview() {
        return Overview.of(transfers.countByState(), ledger.checkpoint(), ledger.lastSuccess(),
                ledger.lastRuns(1).stream().findFirst().orElse(null), ledger.needingAttention(), actions.syncing());
    }

    public PageOf<TransferRow> transfers(TransferFilter filter, int page, int size, boolean mask) {
        PageOf<TransferRow> rows = ledger.transfers(filter, page, size);
        return mask ? rows.map(TransferRow::masked) : rows;
    }

    public Optional<TransferView> transfer(String maHoSo, boolean mask) {
        return ledger.transfer(maHoSo).map(d -> TransferView.of(d, events.of(maHoSo), mask, json));
    }

    public ObjectMapper json() {
        return json;
    }
}
