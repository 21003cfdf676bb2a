package vn.dvc.adapter.e2e;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Simulators;

/** The end-to-end sync on the embedded default: an H2 file database. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-hoabinh.yaml")
class SyncOnH2Test extends EndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        systems(registry, SIMS, DATA);
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:./target/e2e-h2/" + System.nanoTime() + "/adapter");
    }

    @AfterAll
    static void stop() {
        SIMS.close();
    }

    @Override
    Simulators sims() {
        return SIMS;
    }

    @Override
    DemoData data() {
        return DATA;
    }
}
