package vn.dvc.adapter.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.dvc.adapter.MigratedH2;

/** A replay's audit line left RUNNING by a process that died is closed once its run is; a live replay's is not. */
class ReplayAuditsTest {

    private static final OffsetDateTime T0 = OffsetDateTime.parse("2026-12-06T08:00:00+07:00");

    private final JdbcTemplate jdbc = MigratedH2.jdbc("replay-audits");
    private final ReplayAudits audits = new ReplayAudits(jdbc);

    @Test
    void aLineWhoseRunEndedIsClosedAsAbortedAndALiveOneIsLeft() {
        long dead = run("ABORTED");
        long live = run("RUNNING");
        long gone = audits.begin("cli:lan", "--failed", dead);
        long working = audits.begin("user:operator", "--ids H-1", live);

        assertThat(audits.closeAbandoned()).isEqualTo(1);

        assertThat(outcome(gone)).isEqualTo("ABORTED");
        assertThat(outcome(working)).isEqualTo(ReplayAudits.RUNNING);
    }

    private long run(String status) {
        jdbc.update("insert into sync_run (kind, owner, status, started_at, heartbeat_at) values ('REPLAY', '1@host', ?, ?, ?)",
                status, T0, T0);
        return jdbc.queryForObject("select max(id) from sync_run", Long.class);
    }

    private String outcome(long id) {
        return jdbc.queryForObject("select outcome from replay_audit where id = ?", String.class, id);
    }
}
