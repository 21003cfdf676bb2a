package vn.dvc.adapter.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.Dossiers;
import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.portal.PushItem;
import vn.dvc.adapter.source.SourcePage;

/**
 * {@code check-and-record}: a page's refused records committed at once, before anything of it is
 * pushed; its new content in batches, written to the ledger only with its outcome; what the ledger
 * holds unchanged only counted; where the page ends (the checkpoint once it is done) and what it
 * counted, schema drift included.
 */
class PageRecorderTest extends OpenRunSystems {

    @Autowired
    PageRecorder recorder;
    @Autowired
    PushStep push;

    private static SourcePage sixRecords() {
        return page("p1", "c2",
                Dossiers.valid("HS-1", "2025-03-04T08:20:00+07:00", null),
                Dossiers.valid("HS-2", "2025-03-04T08:21:00+07:00", "\"NgayHenTra\":\"20251345000000\""),
                Dossiers.valid("HS-3", "2025-03-04T08:22:00+07:00", "\"MaVachHoSo\":\"X-3\""),
                Dossiers.valid("HS-4", "2025-03-04T08:24:00+07:00", null),
                Dossiers.valid("HS-5", "2025-03-04T08:23:00+07:00", null),
                Dossiers.valid("HS-6", "2025-03-04T08:22:30+07:00", null));
    }

    @Test
    void theRefusedAreCommittedAtOnceAndTheRestBatchedToBeWrittenWithTheirOutcome() {
        RecordedPage recorded = recorder.record(sixRecords(), run);

        assertThat(jdbc.queryForMap("select ma_ho_so, state, error_field from transfer"))
                .as("only the refused record is in the ledger before the push")
                .containsEntry("MA_HO_SO", "HS-2").containsEntry("STATE", "QUARANTINED").containsEntry("ERROR_FIELD", "NgayHenTra");
        assertThat(recorder.batches(recorded)).extracting(b -> b.items().stream().map(PushItem::maHoSo).toList())
                .containsExactly(java.util.List.of("HS-1", "HS-3", "HS-4", "HS-5"), java.util.List.of("HS-6"));
        assertThat(recorded.next()).as("the page's high-water mark, with its key")
                .isEqualTo(new Checkpoint(Instant.parse("2025-03-04T01:24:00Z"), "HS-4"));
        assertThat(recorded.first()).isEqualTo(Instant.parse("2025-03-04T01:20:00Z"));
        assertThat(run.counters.counts().pages()).isEqualTo(1);
        assertThat(run.counters.counts().pulled()).isEqualTo(6);
        assertThat(run.counters.counts().quarantined()).isEqualTo(1);
        assertThat(run.counters.driftCounts()).isEqualTo(Map.of("MaVachHoSo", 1));
    }

    @Test
    void whatTheLedgerHoldsUnchangedIsOnlyCountedAndARefusedRecordNotWrittenAgain() {
        PORTAL.stubFor(post(urlEqualTo("/integration")).willReturn(portalReply(0, "Thành công")));
        recorder.record(sixRecords(), run).batches().forEach(b -> push.record(push.send(b, run), run));
        Integer events = jdbc.queryForObject("select count(*) from transfer_event", Integer.class);

        RecordedPage again = recorder.record(sixRecords(), run);

        assertThat(again.batches()).as("nothing to push").isEmpty();
        assertThat(run.counters.counts().unchanged()).isEqualTo(6);
        assertThat(run.counters.counts().quarantined()).as("counted once, when first refused").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from transfer_event", Integer.class)).isEqualTo(events);
    }
}
