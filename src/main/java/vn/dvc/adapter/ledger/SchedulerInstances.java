package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ClusterSettings;
import vn.dvc.adapter.system.Clustering;

/**
 * Which {@code serve} instances share the schedules and which one runs one now, as Quartz's
 * clustered job store records it on PostgreSQL: {@code QRTZ_SCHEDULER_STATE} (each instance's
 * last check-in) and {@code QRTZ_FIRED_TRIGGERS} (what each executes). Read only; Quartz writes
 * them. On H2 there is one instance and no such record: the answer says so.
 */
@Repository
public class SchedulerInstances {

    /** The trigger of the sync schedule ({@code quartz://adapter/sync}): the one an operator means by "active". */
    private static final String SYNC_TRIGGER = "sync";

    /**
     * One instance: its last check-in, its interval, whether it still counts as alive by Quartz's
     * rule (silent no longer than the interval + 7.5 s) and the schedules it executes now.
     */
    public record Instance(String id, Instant lastCheckin, Duration checkinInterval, boolean alive, List<String> running) {}

    /**
     * @param shared    schedules shared through PostgreSQL (false: H2, one instance)
     * @param active    the instance running the sync schedule now, else one running another schedule, else null
     * @param lastRunBy the pid@host that opened the ledger's last run (any kind), or null before the first
     */
    public record Cluster(boolean shared, List<Instance> instances, String active, String lastRunBy) {

        public Map<String, Object> asJson() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("mode", shared ? "shared" : "single");
            out.put("active", active);
            out.put("lastRunBy", lastRunBy);
            List<Map<String, Object>> list = new ArrayList<>();
            for (Instance i : instances) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", i.id());
                m.put("lastCheckin", i.lastCheckin().toString());
                m.put("checkinIntervalMs", i.checkinInterval().toMillis());
                m.put("alive", i.alive());
                m.put("running", i.running());
                list.add(m);
            }
            out.put("instances", list);
            return out;
        }
    }

    private final JdbcTemplate jdbc;
    private final boolean shared;

    /**
     * {@code spring.datasource.url} stays Spring's own setting (an operator sets it as Spring documents
     * it): read here through Boot's typed {@link DataSourceProperties}, the same object the DataSource
     * is built from, rather than copied into {@code AdapterProperties} or read by a string key.
     */
    public SchedulerInstances(JdbcTemplate jdbc, DataSourceProperties dataSource) {
        this.jdbc = jdbc;
        this.shared = Clustering.onPostgres(dataSource.getUrl());
    }

    public Cluster read() {
        List<String> owners = jdbc.query("select owner from sync_run order by id desc limit 1", (rs, i) -> rs.getString(1));
        String lastRunBy = owners.isEmpty() ? null : owners.get(0);
        if (!shared) {
            return new Cluster(false, List.of(), null, lastRunBy);
        }
        Map<String, List<String>> running = new LinkedHashMap<>();
        jdbc.query("select instance_name, trigger_name from qrtz_fired_triggers where sched_name = ? and state = 'EXECUTING'"
                + " order by fired_time", rs -> {
            running.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }, Clustering.SCHEDULER_NAME);
        Instant now = Instant.now();
        List<Instance> instances = jdbc.query("select instance_name, last_checkin_time, checkin_interval from qrtz_scheduler_state"
                + " where sched_name = ? order by instance_name", (rs, i) -> {
            Instant last = Instant.ofEpochMilli(rs.getLong(2));
            Duration interval = Duration.ofMillis(rs.getLong(3));
            boolean alive = !last.plus(interval).plus(ClusterSettings.QUARTZ_GRACE).isBefore(now);
            return new Instance(rs.getString(1), last, interval, alive, List.copyOf(running.getOrDefault(rs.getString(1), List.of())));
        }, Clustering.SCHEDULER_NAME);
        String active = running.entrySet().stream().filter(e -> e.getValue().contains(SYNC_TRIGGER)).map(Map.Entry::getKey)
                .findFirst().orElse(running.keySet().stream().findFirst().orElse(null));
        return new Cluster(true, instances, active, lastRunBy);
    }
}
