package vn.dvc.adapter.e2e;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import vn.dvc.adapter.simulator.OpenCpsServer;

/**
 * {@link CrashIT} with the one-stop system's own database as the source: the same kills at every
 * point of the commit order and at random, the jar reading an OpenCPS v2 database on PostgreSQL
 * (filled from the same demo data, UTC timestamps) through the built-in {@code opencps} profile. A
 * position of (change time, key) and its overlap must resume after every kill without losing or
 * doubling a dossier. The demo's malformed records cannot be written into OpenCPS's typed columns and
 * are not in this source.
 */
class CrashOnOpenCpsIT extends CrashIT {

    private static OpenCpsServer database;

    @BeforeAll
    static void startDatabase() {
        database = OpenCpsServer.start(DATA);
    }

    @AfterAll
    static void stopDatabase() {
        database.close();
    }

    @Override
    boolean inSource(int i) {
        return !DATA.refused(i);
    }

    @Override
    int sourceDossiers() {
        return database.filled().dossiers();
    }

    @Override
    List<String> sourceSettings() {
        return database.settings().entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList();
    }
}
