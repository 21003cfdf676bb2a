package vn.dvc.adapter.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.EAuthResult;
import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.Known;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfer;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.CrashPoints;

/**
 * Checks every record of a page and sorts it: refused records are committed at once as
 * QUARANTINED or HELD with the reason; new content becomes batches to push, each dossier written
 * to the ledger once, with its outcome ({@link PushStep}); dossiers the portal already holds
 * unchanged are only counted. Nothing of the page counts as done until the checkpoint passes it.
 */
@Component("pageRecorder")
public class PageRecorder {

    private final DossierMapper mapper;
    private final ProgressIssues issues;
    private final Transfers transfers;
    private final TransactionTemplate tx;
    private final IntegrationCheck integration;
    private final Events events;
    private final CrashPoints crash;
    private final int batchSize;
    private final boolean holdOnEauthFailure;

    private final List<RunListener> listeners;

    public PageRecorder(DossierMapper mapper, IntegrationCheck integration, Transfers transfers, Events events,
                        TransactionTemplate tx, AdapterProperties properties, CrashPoints crash, ProgressIssues issues,
                        List<RunListener> listeners) {
        this.listeners = listeners;
        this.mapper = mapper;
        this.issues = issues;
        this.events = events;
        this.crash = crash;
        this.integration = integration;
        this.holdOnEauthFailure = properties.checks().holdOnEauthFailure();
        this.transfers = transfers;
        this.tx = tx;
        this.batchSize = properties.sync().batchSize();
    }

    public RecordedPage record(SourcePage page, @ExchangeProperty("run") SyncRun run) {
        crash.reached(CrashPoints.Point.PAGE_READ);
        Map<String, Checked> checked = new LinkedHashMap<>();
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        Instant highWater = null;
        Instant first = null;
        String lastKey = null;
        // The checks are the sync's CPU (JSON, NFC, hashing, ID-token signatures) and each record's are
        // independent: they run on every core (the common fork-join pool and this thread), in page order.
        List<Checked> results = java.util.stream.IntStream.range(0, page.items().size()).parallel()
                .mapToObj(i -> mapper.check(page.items().get(i), i, page.ref())).toList();
        for (int i = 0; i < results.size(); i++) {
            Checked c = results.get(i);
            checked.put(c.maHoSo(), c);
            run.drift(c.unknownFields());
            raw.put(c.maHoSo(), page.items().get(i));
            if (first == null) {
                first = c.updatedAt();
            }
            if (c.updatedAt() != null && (highWater == null || !c.updatedAt().isBefore(highWater))) {
                highWater = c.updatedAt();
                lastKey = c.maHoSo();
            }
        }
        try {
            // a dossier changed while an earlier page pushing it is in flight: compare with its committed outcome
            run.inFlight.awaitNoneOf(checked.keySet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bị ngắt khi chờ trang trước ghi xong", e);
        }
        Map<String, Known> known = transfers.known(checked.keySet());
        Map<String, Transfer> versions = new LinkedHashMap<>();
        List<Transfers.Version> refused = new ArrayList<>();
        List<PushItem> items = new ArrayList<>();
        int unchanged = 0;
        int held = 0;
        for (Checked c : checked.values()) {
            Known k = known.get(c.maHoSo());
            if (c instanceof Checked.Valid v) {
                if (k != null && k.upToDate(v.hash(), v.progressWire())) {
                    unchanged++;
                    continue;
                }
                IntegrationCheck.Finding finding = integration.check(v.facts().maDonVi(), v.facts().maTTHC());
                // the payload is joined only for a row that keeps it (PushStep): most are accepted and do not
                Transfer transfer = new Transfer(v.maHoSo(), v.hash(), null, v.progressWire().size(),
                        v.facts().withCatalogue(finding.mucDo(), finding.result()), page.ref(), v.updatedAt(),
                        issues.write(v.progressIssues()));
                run.progressIssues(v.progressIssues());
                Failure hold = holdReason(v, finding);
                if (hold != null) {
                    refused.add(Transfers.Version.refused(transfer.withPayload(new Payload(v.wire(), v.progressWire()).write()),
                            State.HELD, hold));
                    held++;
                    continue;
                }
                versions.put(v.maHoSo(), transfer);
                boolean atPortal = k != null && k.atPortal();
                boolean changed = !(atPortal && v.hash().equals(k.sentHash()));
                items.add(new PushItem(v.maHoSo(), v.hash(), v.wire(), v.progressWire(), atPortal, changed,
                        k == null ? 0 : k.progressSent(), k == null ? null : k.progressHeld()));
            } else if (c instanceof Checked.Invalid bad) {
                if (k != null && k.refusedAlready(bad.hash())) {
                    unchanged++;
                    continue;
                }
                var v = bad.violation();
                JsonNode source = raw.get(bad.maHoSo());
                // Kept as the source sent it, so an administrator can see what arrived, less the applicant's ID
                // token (the verdict is what counts); its fields cannot be trusted, so the compliance report
                // lists it apart instead of counting it.
                String rawText = source == null ? null : RawRecord.withoutIdToken(source);
                Transfer t = new Transfer(bad.maHoSo(), bad.hash(), rawText, 0, Facts.NONE.withAgency(bad.facts().maDonVi()),
                        page.ref(), bad.updatedAt(), null);
                refused.add(Transfers.Version.refused(t, State.QUARANTINED,
                        new Failure(ErrorClass.INVALID, Stage.CHECK, v.problem().name(), v.field(), v.message(), v.messageEn(), null)));
            }
        }
        if (!refused.isEmpty()) {
            List<Events.Event> story = refused.stream().map(r -> new Events.Event(r.transfer().maHoSo(), run.id, run.kind,
                    r.state(), r.failure())).toList();
            synchronized (run.ledgerWrites) {
                tx.executeWithoutResult(status -> {
                    transfers.write(refused, known, run.id);
                    events.record(story);
                });
            }
        }
        tell(run, page, refused);
        crash.reached(CrashPoints.Point.PAGE_CHECKED);
        run.pages.incrementAndGet();
        run.pulled.addAndGet(page.items().size());
        run.unchanged.addAndGet(unchanged);
        run.quarantined.addAndGet(refused.size() - held);
        run.held.addAndGet(held);
        Checkpoint next = highWater == null ? null : new Checkpoint(highWater, lastKey);
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batchSize) {
            batches.add(Batch.read(items.subList(from, Math.min(items.size(), from + batchSize)), versions, known));
        }
        return new RecordedPage(page, batches, next, first);
    }

    /** What the page came to so far, by agency, to the listeners: read, and refused (committed above). */
    private void tell(SyncRun run, SourcePage page, List<Transfers.Version> refused) {
        Tally tally = new Tally();
        for (JsonNode item : page.items()) {
            tally.add("pulled", item.path("MaDonVi").asText(""));
        }
        for (Transfers.Version r : refused) {
            tally.add(r.state().name().toLowerCase(java.util.Locale.ROOT),
                    r.transfer().facts() == null ? null : r.transfer().facts().maDonVi());
        }
        tally.tell(listeners, run.kind);
    }

    /** The split's expression: the page's batches (a method of this bean, so Camel never hashes the page). */
    public List<Batch> batches(RecordedPage page) {
        return page.batches();
    }

    /** Why a valid dossier must wait instead of being sent, or null. */
    private Failure holdReason(Checked.Valid v, IntegrationCheck.Finding finding) {
        if (finding.holds()) {
            return new Failure(ErrorClass.HELD, Stage.CHECK, IntegrationCheck.PROCEDURE_UNKNOWN, "MaTTHC",
                    "Hồ sơ " + v.maHoSo() + ": thủ tục " + v.facts().maTTHC() + " chưa có trong danh mục của Cổng DVCQG"
                            + " cho đơn vị " + v.facts().maDonVi() + "; sẽ gửi khi danh mục cập nhật",
                    "dossier " + v.maHoSo() + ": procedure " + v.facts().maTTHC() + " is not in the national portal's catalogue"
                            + " for agency " + v.facts().maDonVi() + "; it is sent when the catalogue has it", null);
        }
        EAuthResult eauth = v.facts().eauth();
        if (holdOnEauthFailure && eauth != null && eauth.failed()) {
            return new Failure(ErrorClass.HELD, Stage.CHECK, "EAUTH_" + eauth.reason(), "XacThuc.IdToken",
                    "Hồ sơ " + v.maHoSo() + ": không xác thực được người nộp trực tuyến (" + eauth.reason() + ": "
                            + eauth.detail() + ")",
                    "dossier " + v.maHoSo() + ": the online applicant could not be authenticated (" + eauth.reason() + ": "
                            + eauth.detail() + ")", null);
        }
        return null;
    }
}
