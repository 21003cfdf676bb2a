package vn.dvc.adapter.e2e;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Simulators;

/** The national indicators end to end on a real PostgreSQL, with the merged province's tree. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-phutho.yaml")
class NationalOnPostgresTest extends NationalEndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    static final EmbeddedPostgres POSTGRES = EndToEnd.postgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EndToEnd.systems(registry, SIMS, DATA);
        EndToEnd.ledgerOn(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
        SIMS.close();
        POSTGRES.close();
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
