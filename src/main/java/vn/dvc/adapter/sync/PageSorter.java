package vn.dvc.adapter.sync;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.checks.ProgressIssue;
import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Failure;
import vn.dvc.adapter.ledger.Known;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfer;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.source.SourcePage;

/**
 * Sorts a checked page for {@link PageRecorder}: a record the ledger holds unchanged is only
 * counted, a refused one (QUARANTINED by a check, HELD by the {@link HoldPolicy}) is a version to
 * commit at once, and new content is a version to push.
 */
@Component
class PageSorter {

    private final IntegrationCheck integration;
    private final HoldPolicy holds;
    private final ProgressIssues issues;

    PageSorter(IntegrationCheck integration, HoldPolicy holds, ProgressIssues issues) {
        this.integration = integration;
        this.holds = holds;
        this.issues = issues;
    }

    /** What the page came to: versions to push (as items, in batches), refused ones, and the counts. */
    static final class Sorted {
        final Map<String, Transfer> versions = new LinkedHashMap<>();
        final List<Transfers.Version> refused = new ArrayList<>();
        final List<PushItem> items = new ArrayList<>();
        /** The progress entries held back or shortened among the versions to push or hold. */
        final List<ProgressIssue> progressIssues = new ArrayList<>();
        int unchanged;
        int held;
    }

    /** Each checked record of the page against what the ledger knows of it ({@code raw}: as the source sent it). */
    Sorted sort(Map<String, Checked> checked, Map<String, JsonNode> raw, Map<String, Known> known, SourcePage page) {
        Sorted sorted = new Sorted();
        for (Checked c : checked.values()) {
            Known k = known.get(c.maHoSo());
            if (c instanceof Checked.Valid v) {
                valid(v, k, page, sorted);
            } else if (c instanceof Checked.Invalid bad) {
                invalid(bad, k, raw.get(bad.maHoSo()), page, sorted);
            }
        }
        return sorted;
    }

    /** Unchanged, held, or a version to push. */
    private void valid(Checked.Valid v, Known k, SourcePage page, Sorted sorted) {
        if (k != null && k.upToDate(v.hash(), v.progressWire())) {
            sorted.unchanged++;
            return;
        }
        IntegrationCheck.Finding finding = integration.check(v.facts().maDonVi(), v.facts().maTTHC());
        // the payload is joined only for a row that keeps it (PushStep): most are accepted and do not
        Transfer transfer = new Transfer(v.maHoSo(), v.hash(), null, v.progressWire().size(),
                v.facts().withCatalogue(finding.mucDo(), finding.result()), page.ref(), v.updatedAt(),
                issues.write(v.progressIssues()));
        sorted.progressIssues.addAll(v.progressIssues());
        Failure hold = holds.reason(v, finding);
        if (hold != null) {
            sorted.refused.add(Transfers.Version.refused(
                    transfer.withPayload(new Payload(v.wire(), v.progressWire()).write()), State.HELD, hold));
            sorted.held++;
            return;
        }
        sorted.versions.put(v.maHoSo(), transfer);
        boolean atPortal = k != null && k.atPortal();
        boolean changed = !(atPortal && v.hash().equals(k.sentHash()));
        sorted.items.add(new PushItem(v.maHoSo(), v.hash(), v.wire(), v.progressWire(), atPortal, changed,
                k == null ? 0 : k.progressSent(), k == null ? null : k.progressHeld()));
    }

    /** Unchanged since it was refused, or QUARANTINED with the check's reason. */
    private static void invalid(Checked.Invalid bad, Known k, JsonNode source, SourcePage page, Sorted sorted) {
        if (k != null && k.refusedAlready(bad.hash())) {
            sorted.unchanged++;
            return;
        }
        var v = bad.violation();
        // Kept as the source sent it, so an administrator can see what arrived, less the applicant's ID
        // token (the verdict is what counts); its fields cannot be trusted, so the compliance report
        // lists it apart instead of counting it.
        String rawText = source == null ? null : RawRecord.withoutIdToken(source);
        Transfer t = new Transfer(bad.maHoSo(), bad.hash(), rawText, 0, Facts.NONE.withAgency(bad.facts().maDonVi()),
                page.ref(), bad.updatedAt(), null);
        sorted.refused.add(Transfers.Version.refused(t, State.QUARANTINED,
                new Failure(ErrorClass.INVALID, Stage.CHECK, v.problem().name(), v.field(), v.message(), v.messageEn(), null)));
    }
}
