package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.FileLedgerSystems;
import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.ErrorClass;
import vn.dvc.adapter.ledger.Known;
import vn.dvc.adapter.ledger.Stage;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.source.SourcePage;

/**
 * A checked page against what the ledger knows: new content to push (an update when the portal holds
 * it, only its progress when its content is what the portal has), what the ledger holds unchanged only
 * counted, a refused record QUARANTINED with the check's reason, a procedure DVCQG does not list HELD.
 */
class PageSorterTest extends FileLedgerSystems {

    private static final String AT = "2025-03-04T08:20:00+07:00";

    @Autowired
    PageSorter sorter;
    @Autowired
    DossierMapper mapper;

    private SourcePage page;
    private final Map<String, Checked> checked = new LinkedHashMap<>();
    private final Map<String, JsonNode> raw = new LinkedHashMap<>();

    private PageSorter.Sorted sort(Map<String, Known> known, String... records) {
        page = page("p1", null, records);
        for (int i = 0; i < page.items().size(); i++) {
            Checked c = mapper.check(page.items().get(i), i, page.ref());
            checked.put(c.maHoSo(), c);
            raw.put(c.maHoSo(), page.items().get(i));
        }
        return sorter.sort(checked, raw, known, page);
    }

    private String hash(String maHoSo) {
        return checked.get(maHoSo) instanceof Checked.Valid v ? v.hash() : ((Checked.Invalid) checked.get(maHoSo)).hash();
    }

    @Test
    void newContentIsAVersionToPushAndAnUnknownProcedureIsHeld() {
        PageSorter.Sorted sorted = sort(Map.of(), Dossiers.valid("HS-1", AT, null),
                Dossiers.valid("HS-2", AT, null).replace("2.000477.000.00.12.H25", "9.999999.000.00.12.H25"));

        assertThat(sorted.items).singleElement().satisfies(item -> {
            assertThat(item.maHoSo()).isEqualTo("HS-1");
            assertThat(item.atPortal()).as("a create").isFalse();
            assertThat(item.dossierChanged()).isTrue();
        });
        assertThat(sorted.versions).containsOnlyKeys("HS-1");
        assertThat(sorted.versions.get("HS-1").payload()).as("joined only for a row that keeps it").isNull();
        assertThat(sorted.held).isEqualTo(1);
        Transfers.Version held = sorted.refused.get(0);
        assertThat(held.state()).isEqualTo(State.HELD);
        assertThat(held.failure().code()).isEqualTo(IntegrationCheck.PROCEDURE_UNKNOWN);
        assertThat(held.transfer().payload()).as("kept, to send when the catalogue lists it").isNotNull();
        assertThat(sorted.unchanged).isZero();
    }

    @Test
    void theLedgersKnowledgeDecidesBetweenUnchangedAnUpdateAndProgressOnly() {
        sort(Map.of(), Dossiers.valid("HS-1", AT, null), Dossiers.valid("HS-2", AT, null), Dossiers.valid("HS-3", AT, null));
        Map<String, Known> known = Map.of(
                "HS-1", new Known("HS-1", State.SENT, hash("HS-1"), hash("HS-1"), true, 1, null),
                "HS-2", new Known("HS-2", State.SENT, hash("HS-2"), hash("HS-2"), true, 0, null),
                "HS-3", new Known("HS-3", State.SENT, "older", "older", true, 1, null));
        checked.clear();

        PageSorter.Sorted sorted = sort(known, Dossiers.valid("HS-1", AT, null), Dossiers.valid("HS-2", AT, null),
                Dossiers.valid("HS-3", AT, null));

        assertThat(sorted.unchanged).as("HS-1: the portal holds it and its progress").isEqualTo(1);
        assertThat(sorted.items).extracting(PushItem::maHoSo, PushItem::atPortal, PushItem::dossierChanged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HS-2", true, false),
                        org.assertj.core.groups.Tuple.tuple("HS-3", true, true));
        assertThat(sorted.refused).isEmpty();
    }

    @Test
    void aRefusedRecordIsQuarantinedWithItsReasonOnceAndOnlyCountedWhileItIsUnchanged() {
        String bad = Dossiers.valid("HS-9", AT, "\"NgayHenTra\":\"20251345000000\"");
        PageSorter.Sorted first = sort(Map.of(), bad);

        Transfers.Version q = first.refused.get(0);
        assertThat(q.state()).isEqualTo(State.QUARANTINED);
        assertThat(q.failure().errorClass()).isEqualTo(ErrorClass.INVALID);
        assertThat(q.failure().stage()).isEqualTo(Stage.CHECK);
        assertThat(q.failure().field()).isEqualTo("NgayHenTra");
        assertThat(q.transfer().payload()).as("as the source sent it").contains("20251345000000");
        assertThat(first.held).isZero();
        assertThat(first.items).isEmpty();

        PageSorter.Sorted again = sort(Map.of("HS-9", new Known("HS-9", State.QUARANTINED, hash("HS-9"), null, false, 0, null)), bad);
        assertThat(again.refused).isEmpty();
        assertThat(again.unchanged).isEqualTo(1);
        assertThat(List.of(again.items.size(), again.held)).containsOnly(0);
    }
}
