package vn.dvc.adapter.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import vn.dvc.adapter.simulator.Agency;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.system.Targets;

/** The agency tree over time (domain.md §7), and the shipped Phú Thọ configuration it is read from. */
class AgencyTreeTest {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);
    private static final LocalDate AFTER = LocalDate.of(2025, 7, 1);

    static Targets phuTho() throws Exception {
        StandardEnvironment env = new StandardEnvironment();
        new YamlPropertySourceLoader().load("phutho", new ClassPathResource("targets-phutho.yaml"))
                .forEach(env.getPropertySources()::addFirst);
        return Binder.get(env).bind("adapter.targets", Targets.class).get();
    }

    @Test
    void theShippedMergedProvinceBindsWithItsMergerMapAndScoring() throws Exception {
        Targets t = phuTho();

        Targets.Agency gtvt = t.agency("000.00.05.H25");
        assertThat(gtvt.validTo()).isEqualTo(BEFORE);
        assertThat(gtvt.successor()).isEqualTo("000.00.04.H44");
        assertThat(t.agency("H44.27").tier()).isEqualTo("commune");
        assertThat(t.agency("H44.27").validFrom()).isEqualTo(AFTER);
        assertThat(t.national("3.3")).isEqualTo(new Targets.NationalScore(0.50, 6.0));
        assertThat(t.national("2.1")).isEqualTo(new Targets.NationalScore(Targets.NationalScore.FULL, 20.0));
        assertThat(t.national("9.9").max()).isNull();                    // not configured: unknown, never invented
    }

    @Test
    void beforeTheMergerHoaBinhsTreeAfterItPhuThosWithEveryOldCodeUnderItsSuccessor() throws Exception {
        Targets t = phuTho();
        AgencyTree before = new AgencyTree(t.agencies(), BEFORE);
        AgencyTree after = new AgencyTree(t.agencies(), AFTER);

        assertThat(before.current()).hasSize(27).allMatch(a -> a.code().endsWith(".H25"));
        assertThat(after.current()).hasSize(12 + 12).noneMatch(a -> a.code().endsWith(".H25"));
        assertThat(before.resolve("000.00.05.H25")).isEqualTo("000.00.05.H25");
        assertThat(after.resolve("000.00.05.H25")).isEqualTo("000.00.04.H44");   // Giao thông vận tải → Xây dựng
        assertThat(after.resolve("000.00.27.H25")).isEqualTo("H44.27");          // huyện Lạc Sơn → xã Lạc Sơn
        assertThat(after.resolve("000.00.99.H25")).isEqualTo("000.00.99.H25");   // unknown: as it is
        for (Targets.Agency old : before.current()) {
            assertThat(after.isCurrent(after.resolve(old.code()))).as(old.code()).isTrue();
        }
    }

    @Test
    void theDemoDataUsesTheConfiguredTreesAndMergerMap() throws Exception {
        Targets t = phuTho();
        DemoData data = DemoData.hoaBinh(0);

        for (Agency a : data.mergedAgencies()) {
            assertThat(t.agency(a.code())).as(a.code()).isNotNull();
            assertThat(t.agency(a.code()).name()).isEqualTo(a.name());
        }
        for (Agency a : data.agencies()) {
            assertThat(t.agency(a.code()).successor()).as(a.code()).isEqualTo(data.successor(a.code()));
        }
    }

    @Test
    void aChainOfSuccessorsIsFollowedAndALoopNamesTheAgency() {
        List<Targets.Agency> chain = List.of(
                new Targets.Agency("A", "A", "district", 0.51, null, LocalDate.of(2020, 12, 31), "B"),
                new Targets.Agency("B", "B", "district", 0.51, LocalDate.of(2021, 1, 1), LocalDate.of(2024, 12, 31), "C"),
                new Targets.Agency("C", "C", "commune", 0.51, LocalDate.of(2025, 1, 1), null, null),
                new Targets.Agency("D", "D", "district", 0.51, null, LocalDate.of(2020, 12, 31), null));

        assertThat(new AgencyTree(chain, LocalDate.of(2025, 3, 1)).resolve("A")).isEqualTo("C");
        assertThat(new AgencyTree(chain, LocalDate.of(2022, 3, 1)).resolve("A")).isEqualTo("B");
        assertThat(new AgencyTree(chain, LocalDate.of(2025, 3, 1)).resolve("D")).isEqualTo("D");   // no successor
        List<Targets.Agency> loop = List.of(new Targets.Agency("X", "X", "d", 0.51, null, LocalDate.of(2020, 1, 1), "Y"),
                new Targets.Agency("Y", "Y", "d", 0.51, null, LocalDate.of(2020, 1, 1), "X"));
        assertThatThrownBy(() -> new AgencyTree(loop, LocalDate.of(2025, 1, 1)).resolve("X")).hasMessageContaining("X");
    }
}
