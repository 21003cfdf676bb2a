package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An H2 file ledger commits to its file before COMMIT returns; other databases and H2 in memory are left alone. */
class DurableH2Test {

    @Test
    void anH2FileUrlGetsNoWriteDelayUnlessItSetsOne() {
        assertThat(DurableH2.durable("jdbc:h2:file:./data/adapter;DB_CLOSE_ON_EXIT=FALSE"))
                .isEqualTo("jdbc:h2:file:./data/adapter;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
        assertThat(DurableH2.durable("jdbc:h2:file:./data/adapter;write_delay=100")).isEqualTo("jdbc:h2:file:./data/adapter;write_delay=100");
        assertThat(DurableH2.durable("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1")).isEqualTo("jdbc:h2:mem:x;DB_CLOSE_DELAY=-1");
        assertThat(DurableH2.durable("jdbc:postgresql://db/adapter")).isEqualTo("jdbc:postgresql://db/adapter");
    }

    @Test
    void aLedgerOnlyCommandsH2FileClosesWithoutCompactingUnlessTheUrlSaysOtherwise() {
        assertThat(DurableH2.closingAsIs("jdbc:h2:file:./data/adapter")).isEqualTo("jdbc:h2:file:./data/adapter;MAX_COMPACT_TIME=0");
        assertThat(DurableH2.closingAsIs("jdbc:h2:./data/adapter;max_compact_time=50")).isEqualTo("jdbc:h2:./data/adapter;max_compact_time=50");
        assertThat(DurableH2.closingAsIs("jdbc:h2:mem:x")).isEqualTo("jdbc:h2:mem:x");
        assertThat(DurableH2.closingAsIs("jdbc:postgresql://db/adapter")).isEqualTo("jdbc:postgresql://db/adapter");
        assertThat(DurableH2.closingAsIs(null)).isNull();
    }
}
