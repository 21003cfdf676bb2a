package vn.dvc.adapter.e2e;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Simulators;

/** The national indicators end to end on an H2 file database, with the merged province's tree. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-phutho.yaml")
class NationalOnH2Test extends NationalEndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EndToEnd.systems(registry, SIMS, DATA);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/e2e-national/" + System.nanoTime() + "/adapter");
    }

    @AfterAll
    static void stop() {
        SIMS.close();
    }

    @Override
    DemoData data() {
        return DATA;
    }

    @Override
    Simulators sims() {
        return SIMS;
    }
}
