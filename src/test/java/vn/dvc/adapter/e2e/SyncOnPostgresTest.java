package vn.dvc.adapter.e2e;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.Simulators;

/** The end-to-end sync on a real PostgreSQL server (embedded), as in production. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-hoabinh.yaml")
class SyncOnPostgresTest extends EndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    static final EmbeddedPostgres POSTGRES = EndToEnd.postgres();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        systems(registry, SIMS, DATA);
        EndToEnd.ledgerOn(registry, POSTGRES);
    }

    @AfterAll
    static void stop() throws IOException {
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

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @org.junit.jupiter.api.Test
    void statementsArePlannedWithTheirParameters() throws Exception {
        // a generic plan made while the ledger was empty would scan the whole table for every page
        assertThat(((com.zaxxer.hikari.HikariDataSource) dataSource).getDataSourceProperties().getProperty("prepareThreshold"))
                .isEqualTo("0");
        try (var c = dataSource.getConnection()) {
            assertThat(c.unwrap(org.postgresql.PGConnection.class).getPrepareThreshold()).isZero();
            // a silent network partition ends a statement in 5 minutes, not when TCP gives up (hours)
            assertThat(c.unwrap(org.postgresql.jdbc.PgConnection.class).getQueryExecutor().getNetworkTimeout()).isEqualTo(300_000);
        }
    }
}
