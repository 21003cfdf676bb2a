package vn.dvc.adapter.ledger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.RetentionSettings;

/**
 * What the ledger forgets ({@code adapter.retention.*}): the payloads of dossiers done with — SENT (kept
 * only under {@code keep-sent-payload}) and QUARANTINED (the raw record; a corrected version at the
 * source replaces it) — whose row last changed longer ago than {@code payloads}; transfer events older
 * than {@code events}; audit lines older than {@code audit}. Never a transfer row, its state, hashes or
 * fact columns, a sync run, a reconcile or the catalogue: the reports count those, so a report of any
 * period reads the same before and after. FAILED, REJECTED, HELD and PENDING rows keep their payload:
 * it is what they will be sent with.
 */
@Component
public class Retention {

    /** What one pass deleted (or, dry, would delete). */
    public record Result(long payloads, long events, long adminAudit, long replayAudit, boolean dryRun) {}

    private static final String OLD_PAYLOADS = " from transfer where state in ('SENT','QUARANTINED')"
            + " and (payload is not null or progress_issues is not null and progress_held is null) and updated_at < :cutoff";

    /** A scheduled pass waits this long for a sync to finish and leave the ledger; else it is the next night's. */
    private static final Duration SCHEDULED_WAIT = Duration.ofMinutes(10);

    private final NamedParameterJdbcTemplate named;
    private final Maintenance maintenance;
    private final AdapterProperties properties;

    public Retention(JdbcTemplate jdbc, Maintenance maintenance, AdapterProperties properties) {
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.maintenance = maintenance;
        this.properties = properties;
    }

    /** {@code serve}'s nightly pass ({@code routes/serve.camel.yaml}, {@code adapter.retention.cron}). */
    public Result scheduled() {
        return run(properties.retention(), Transfers.now(), false, SCHEDULED_WAIT, "schedule");
    }

    /** One pass at the configured ages, as of {@code now}. */
    public Result run(RetentionSettings ages, OffsetDateTime now, boolean dryRun, Duration wait, String actor) {
        if (dryRun) {
            return new Result(count(OLD_PAYLOADS, now.minus(ages.payloads())),
                    count(" from transfer_event where at < :cutoff", now.minus(ages.events())),
                    count(" from admin_audit where at < :cutoff", now.minus(ages.audit())),
                    count(" from replay_audit where at < :cutoff", now.minus(ages.audit())), true);
        }
        Result r = maintenance.holding("retention", wait, renew -> new Result(
                forgetPayloads(now.minus(ages.payloads()), ages.batchSize(), renew),
                delete("transfer_event", now.minus(ages.events()), ages.batchSize(), renew),
                delete("admin_audit", now.minus(ages.audit()), ages.batchSize(), renew),
                delete("replay_audit", now.minus(ages.audit()), ages.batchSize(), renew), false));
        maintenance.audit(AdminAudits.RETENTION, actor, "SUCCEEDED", "payloads=" + r.payloads() + " events=" + r.events()
                + " audit=" + (r.adminAudit() + r.replayAudit()));
        return r;
    }

    private long count(String from, OffsetDateTime cutoff) {
        Long n = named.queryForObject("select count(*)" + from, new MapSqlParameterSource("cutoff", cutoff), Long.class);
        return n == null ? 0 : n;
    }

    /** The payload and (unless entries are still held back by it) the progress issues, in batches of keys. */
    private long forgetPayloads(OffsetDateTime cutoff, int batchSize, Runnable renew) {
        long done = 0;
        while (true) {
            List<String> ids = named.queryForList("select ma_ho_so" + OLD_PAYLOADS + " order by ma_ho_so limit :n",
                    new MapSqlParameterSource("cutoff", cutoff).addValue("n", batchSize), String.class);
            if (ids.isEmpty()) {
                return done;
            }
            // updated_at is left alone: forgetting is not a change of the transfer
            done += named.update("update transfer set payload = null, progress_issues = case when progress_held is null"
                    + " then null else progress_issues end where ma_ho_so in (:ids)", new MapSqlParameterSource("ids", ids));
            renew.run();
        }
    }

    private long delete(String table, OffsetDateTime cutoff, int batchSize, Runnable renew) {
        long done = 0;
        while (true) {
            List<Long> ids = named.queryForList("select id from " + table + " where at < :cutoff order by id limit :n",
                    new MapSqlParameterSource("cutoff", cutoff).addValue("n", batchSize), Long.class);
            if (ids.isEmpty()) {
                return done;
            }
            done += named.update("delete from " + table + " where id in (:ids)", new MapSqlParameterSource("ids", ids));
            renew.run();
        }
    }
}
