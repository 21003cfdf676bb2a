package vn.dvc.adapter.e2e;

import java.time.ZoneOffset;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsDatabase;
import vn.dvc.adapter.simulator.Simulators;

/** OpenCPS on PostgreSQL (embedded), read by a role that may only select. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-hoabinh.yaml")
class OpenCpsOnPostgresTest extends OpenCpsEndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    static final EmbeddedPostgres POSTGRES = EndToEnd.postgres();
    static final DataSource OWNER = POSTGRES.getPostgresDatabase();
    static final OpenCpsDatabase OPENCPS = fill();

    private static OpenCpsDatabase fill() {
        OpenCpsDatabase db = new OpenCpsDatabase(OWNER, ZoneOffset.UTC).create();
        db.fill(DATA);
        JdbcTemplate owner = new JdbcTemplate(OWNER);
        owner.execute("create role " + READER + " login password '" + READER_PASSWORD + "'");
        owner.execute("grant select on all tables in schema public to " + READER);
        return db;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        properties(registry, SIMS, DATA, "jdbc:postgresql://localhost:" + POSTGRES.getPort() + "/postgres");
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        SIMS.close();
        POSTGRES.close();
    }

    @Override
    Simulators sims() {
        return SIMS;
    }

    @Override
    DemoData data() {
        return DATA;
    }

    @Override
    JdbcTemplate opencps() {
        return new JdbcTemplate(OWNER);
    }

    @Override
    OpenCpsDatabase database() {
        return OPENCPS;
    }
}
