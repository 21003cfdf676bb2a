package vn.dvc.adapter.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.dvc.adapter.system.JsonText;

/** Which progress entries a push sends, and which stay held back, when some entries have defects (null). */
class PushItemTest {

    private static PushItem item(int sent, String held, String... entries) {
        return new PushItem("HS-1", "h", JsonText.of("{}"),
                Arrays.stream(entries).map(e -> e == null ? null : JsonText.of(e)).toList(), true, false, sent, held);
    }

    private static List<String> texts(List<JsonText> entries) {
        return entries.stream().map(JsonText::toString).toList();
    }

    @Test
    void aHeldEntryIsSkippedAndTheOnesAfterItAreSent() {
        PushItem item = item(1, null, "a", "b", null, "d");

        assertThat(texts(item.newProgress())).containsExactly("b", "d");
        assertThat(item.heldAfter()).isEqualTo("2");
    }

    @Test
    void anEntryHeldBeforeAndCorrectedSinceIsSentFirst() {
        PushItem item = item(4, "2", "a", "b", "c", "d", "e");

        assertThat(texts(item.newProgress())).containsExactly("c", "e");
        assertThat(item.heldAfter()).isNull();
    }

    @Test
    void anEntryStillBrokenStaysHeldAndNothingIsSentForIt() {
        PushItem item = item(4, "1,2", "a", null, "c", "d");

        assertThat(texts(item.newProgress())).containsExactly("c");
        assertThat(item.heldAfter()).isEqualTo("1");
        assertThat(item(4, "1", "a", null, "c", "d").hasNewProgress()).isFalse();
    }

    @Test
    void onlyHeldNewEntriesAreDealtWithWithoutACall() {
        PushItem item = item(2, null, "a", "b", null);

        Outcome o = Outcome.accepted(item, true);

        assertThat(item.hasNewProgress()).isFalse();
        assertThat(o.progressSent()).isEqualTo(3);
        assertThat(o.progressHeld()).isEqualTo("2");
    }

    @Test
    void theLedgersFormReadsBack() {
        assertThat(PushItem.held("3,17")).containsExactly(3, 17);
        assertThat(PushItem.held((String) null)).isEmpty();
        assertThat(PushItem.held(List.of(3, 17))).isEqualTo("3,17");
        assertThat(PushItem.held(List.<Integer>of())).isNull();
    }
}
