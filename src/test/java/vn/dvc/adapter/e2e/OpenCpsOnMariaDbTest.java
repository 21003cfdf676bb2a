package vn.dvc.adapter.e2e;

import java.time.ZoneOffset;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.mariadb.jdbc.MariaDbDataSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.MariaDbServer;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsDatabase;
import vn.dvc.adapter.simulator.Simulators;

/** OpenCPS on MariaDB (Debian's mariadb-server, a throwaway server), read by a user granted SELECT only. */
@SpringBootTest(properties = "spring.config.import=classpath:targets-hoabinh.yaml")
class OpenCpsOnMariaDbTest extends OpenCpsEndToEnd {

    static final DemoData DATA = DemoData.hoaBinh(DOSSIERS);
    static final Simulators SIMS = Simulators.start(DATA, 0, 0);
    static final MariaDbServer MARIADB = MariaDbServer.start();
    static final DataSource OWNER = owner();
    static final OpenCpsDatabase OPENCPS = fill();

    private static DataSource owner() {
        MARIADB.execute("create database opencps character set utf8mb4 collate utf8mb4_unicode_ci",
                "create user '" + READER + "'@'%' identified by '" + READER_PASSWORD + "'",
                "grant select on opencps.* to '" + READER + "'@'%'");
        try {
            return new MariaDbDataSource(MARIADB.rootUrl("opencps"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OpenCpsDatabase fill() {
        OpenCpsDatabase db = new OpenCpsDatabase(OWNER, ZoneOffset.UTC).create();
        db.fill(DATA);
        return db;
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        properties(registry, SIMS, DATA, MARIADB.url("opencps"));
    }

    @AfterAll
    static void stop() {
        SIMS.close();
        MARIADB.close();
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
