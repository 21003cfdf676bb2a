package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedPostgres;

/**
 * What status, the console and health say about the instances, from Quartz's own rows (V9 on
 * PostgreSQL): alive by Quartz's rule, the one executing the sync is the active one, and on H2
 * there is one instance and no Quartz table to read.
 */
class SchedulerInstancesTest {

    private static MigratedPostgres postgres;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        postgres = MigratedPostgres.start();
        jdbc = postgres.jdbc();
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @Test
    void anInstanceSilentPastItsIntervalAndQuartzsGraceIsNotAliveAndTheOneRunningTheSyncIsActive() {
        long now = Instant.now().toEpochMilli();
        jdbc.update("insert into qrtz_scheduler_state values ('dvcqg-adapter', '101@a', ?, 2000)", now - 1000);
        jdbc.update("insert into qrtz_scheduler_state values ('dvcqg-adapter', '202@b', ?, 2000)", now - 2000 - 7500 - 3000);
        jdbc.update("insert into qrtz_scheduler_state values ('another-scheduler', '303@c', ?, 2000)", now);
        jdbc.update("insert into qrtz_fired_triggers (sched_name, entry_id, trigger_name, trigger_group, instance_name, fired_time,"
                + " sched_time, priority, state) values ('dvcqg-adapter', 'e1', 'catalogue', 'adapter', '202@b', ?, ?, 5, 'EXECUTING'),"
                + " ('dvcqg-adapter', 'e2', 'sync', 'adapter', '101@a', ?, ?, 5, 'EXECUTING'),"
                + " ('dvcqg-adapter', 'e3', 'reconcile', 'adapter', '101@a', ?, ?, 5, 'ACQUIRED')", now - 500, now - 500, now, now, now, now);

        SchedulerInstances.Cluster cluster = new SchedulerInstances(jdbc, url("jdbc:postgresql://db/adapter")).read();

        assertThat(cluster.shared()).isTrue();
        assertThat(cluster.instances()).extracting(SchedulerInstances.Instance::id).containsExactly("101@a", "202@b");
        assertThat(cluster.instances().get(0).alive()).isTrue();
        assertThat(cluster.instances().get(0).running()).containsExactly("sync");
        assertThat(cluster.instances().get(0).checkinInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(cluster.instances().get(1).alive()).isFalse();
        assertThat(cluster.active()).isEqualTo("101@a");
        assertThat(cluster.asJson()).containsEntry("mode", "shared").containsEntry("active", "101@a");
    }

    @Test
    void onH2ThereIsOneInstanceAndNoQuartzTableIsRead() {
        SchedulerInstances.Cluster cluster = new SchedulerInstances(jdbc, url("jdbc:h2:file:./data/adapter")).read();

        assertThat(cluster.shared()).isFalse();
        assertThat(cluster.instances()).isEmpty();
        assertThat(cluster.asJson()).containsEntry("mode", "single");
    }

    /** {@code spring.datasource.url} as Boot binds it. */
    private static DataSourceProperties url(String url) {
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl(url);
        return properties;
    }
}
