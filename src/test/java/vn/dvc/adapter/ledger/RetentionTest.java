package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.dvc.adapter.compliance.ComplianceFormat;
import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.compliance.Fixture;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.RetentionSettings;

/**
 * The retention policy at its documented defaults (payloads 90 days, events 400, audit 1,826) on the
 * compliance fixture: it deletes exactly what the ages say, and the reports of old periods read the same.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1",
        "adapter.check-config=false", "camel.main.routes-include-pattern=none", "camel.main.routes-collector-enabled=false"})
class RetentionTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-06-01T00:00:00Z");

    @DynamicPropertySource
    static void targets(DynamicPropertyRegistry registry) {
        Fixture.register(registry);
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Retention retention;
    @Autowired
    AdapterProperties properties;
    @Autowired
    ComplianceService compliance;
    @Autowired
    ObjectMapper json;

    private void payload(String id, String state, int daysAgo, String progressHeld) {
        jdbc.update("update transfer set state = ?, payload = ?, progress_issues = ?, progress_held = ?, updated_at = ?"
                + " where ma_ho_so = ?", state, "v1:test1:payload-of-" + id, "v1:test1:issues-of-" + id, progressHeld,
                NOW.minusDays(daysAgo), id);
    }

    private void load() {
        new Fixture(jdbc).load();
        jdbc.update("delete from transfer_event");
        jdbc.update("delete from admin_audit");
        jdbc.update("delete from replay_audit");
        payload("TP-01", "SENT", 91, null);          // forgotten: payload and issues
        payload("TP-02", "SENT", 91, "2");           // payload forgotten; its issues explain an entry still held back
        payload("TP-05", "SENT", 89, null);          // kept: younger than 90 days
        payload("QR-1", "QUARANTINED", 100, null);   // forgotten: the raw record
        payload("QR-2", "QUARANTINED", 10, null);    // kept
        payload("YT-03", "HELD", 1000, null);        // kept however old: it will be sent with it
        jdbc.update("update transfer set state = 'FAILED', payload = 'v1:test1:failed' where ma_ho_so = 'GD-04'");
        jdbc.update("update transfer set updated_at = ? where ma_ho_so = 'GD-04'", NOW.minusDays(2000));
        for (int days : List.of(401, 450, 2000, 399, 1)) {
            jdbc.update("insert into transfer_event (ma_ho_so, at, kind, state, message) values ('TP-01', ?, 'SYNC', 'FAILED', 'x')",
                    NOW.minusDays(days));
        }
        for (int days : List.of(1827, 1825)) {
            jdbc.update("insert into admin_audit (at, actor, action, outcome) values (?, 'ops', 'SYNC', 'SUCCEEDED')", NOW.minusDays(days));
            jdbc.update("insert into replay_audit (at, actor, filter, dry_run, matched, sent, failed, rejected, skipped)"
                    + " values (?, 'ops', 'failed', false, 1, 1, 0, 0, 0)", NOW.minusDays(days));
        }
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at) values ('SYNC', 'x', 'SUCCEEDED', ?, ?)",
                NOW.minusDays(3000), NOW.minusDays(3000));
    }

    private String report(String from, String to) throws Exception {
        // the whole report but the moment it was made
        return new String(ComplianceFormat.JSON.render(compliance.report(LocalDate.parse(from), LocalDate.parse(to)), false, json),
                StandardCharsets.UTF_8).replaceAll("\"generatedAt\" : \"[^\"]*\"", "");
    }

    private List<String> withPayload() {
        return jdbc.queryForList("select ma_ho_so from transfer where payload is not null order by ma_ho_so", String.class);
    }

    @Test
    void deletesExactlyWhatItsAgesSayAndNeverAFactTheReportsCount() throws Exception {
        load();
        String quarter = report("2025-01-01", "2025-03-31");
        String years = report("2024-01-01", "2025-12-31");
        String facts = jdbc.queryForList("select * from transfer order by ma_ho_so").stream()
                .map(r -> { r.remove("PAYLOAD"); r.remove("PROGRESS_ISSUES"); return r.toString(); }).toList().toString();
        RetentionSettings ages = properties.retention();
        assertThat(ages.payloads()).isEqualTo(Duration.ofDays(90));
        assertThat(ages.events()).isEqualTo(Duration.ofDays(400));
        assertThat(ages.audit()).isEqualTo(Duration.ofDays(1826));

        Retention.Result dry = retention.run(ages, NOW, true, Duration.ofSeconds(1), "test");

        assertThat(dry).isEqualTo(new Retention.Result(3, 3, 1, 1, true));
        assertThat(withPayload()).containsExactly("GD-04", "QR-1", "QR-2", "TP-01", "TP-02", "TP-05", "YT-03");

        Retention.Result done = retention.run(ages, NOW, false, Duration.ofSeconds(1), "test");

        assertThat(done).isEqualTo(new Retention.Result(3, 3, 1, 1, false));
        assertThat(withPayload()).containsExactly("GD-04", "QR-2", "TP-05", "YT-03");
        assertThat(jdbc.queryForList("select ma_ho_so from transfer where progress_issues is not null order by ma_ho_so", String.class))
                .containsExactly("QR-2", "TP-02", "TP-05", "YT-03");
        assertThat(jdbc.queryForObject("select count(*) from transfer_event", Integer.class)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from transfer_event where at < ?", Integer.class, NOW.minusDays(400))).isZero();
        assertThat(jdbc.queryForList("select action from admin_audit order by id", String.class)).containsExactly("SYNC", "RETENTION");
        assertThat(jdbc.queryForObject("select detail from admin_audit where action = 'RETENTION'", String.class))
                .isEqualTo("payloads=3 events=3 audit=2");
        assertThat(jdbc.queryForObject("select count(*) from replay_audit", Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from sync_run", Integer.class)).isEqualTo(1);
        // the facts, every other column and the reports of old periods: unchanged
        assertThat(jdbc.queryForList("select * from transfer order by ma_ho_so").stream()
                .map(r -> { r.remove("PAYLOAD"); r.remove("PROGRESS_ISSUES"); return r.toString(); }).toList().toString()).isEqualTo(facts);
        assertThat(report("2025-01-01", "2025-03-31")).isEqualTo(quarter);
        assertThat(report("2024-01-01", "2025-12-31")).isEqualTo(years);

        assertThat(retention.run(ages, NOW, false, Duration.ofSeconds(1), "test")).as("a second pass finds nothing")
                .isEqualTo(new Retention.Result(0, 0, 0, 0, false));
    }
}
