package vn.dvc.adapter.system;

import java.sql.Connection;
import java.util.List;

import org.quartz.JobPersistenceException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.impl.jdbcjobstore.SchedulerStateRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz's clustered JDBC job store, but an instance's silence while this one could not reach the
 * database either is not taken as its death.
 *
 * <p>Quartz takes another instance as failed when it has not checked in for its interval + 7.5 s,
 * stretched only by this instance's own gap since its last check-in. After an outage of the shared
 * database both instances come back with check-ins as old as the outage; the first to reach the
 * database again stretches the rule once, and at its next check-in, one interval later, takes the
 * other as failed if that one's pool has not reconnected yet. It then "recovers" a live instance:
 * runs its fire in progress again and frees the job's blocked triggers, while the other still runs
 * it; Quartz logs "still active but was recovered by another instance" (quartz-scheduler/quartz#469,
 * closed as won't fix). ClusterIT saw it after its 20 s outage: a second recovery run beside the one
 * of the instance it killed.
 *
 * <p>Here the silence counts from the later of the other's last check-in and the moment this
 * instance reached the database again after more than two intervals without: the other gets its
 * full interval + 7.5 s to reconnect too. An instance that really died during the outage is
 * recovered that much later, never missed.
 */
public class OutageAwareJobStore extends JobStoreTX {

    private static final Logger log = LoggerFactory.getLogger(OutageAwareJobStore.class);

    /** When this instance's last check-in had the database in reach (0: none yet). */
    private volatile long lastInReach;
    /** When this instance reached the database again after a check-in gap of more than two intervals (0: never). */
    private volatile long reachedAgain;

    /**
     * Called at every check-in with a connection in hand, before the others' silence is judged: a
     * gap of more than two intervals since the last one means this instance could not reach the
     * database (no connection, a dead one, a pool still reconnecting) or was stopped itself.
     */
    @Override
    protected List<SchedulerStateRecord> findFailedInstances(Connection conn) throws JobPersistenceException {
        long now = System.currentTimeMillis();
        if (lastInReach != 0 && now - lastInReach > 2 * getClusterCheckinInterval()) {
            reachedAgain = now;
            long gap = now - lastInReach;
            long given = getClusterCheckinInterval() + ClusterSettings.QUARTZ_GRACE.toMillis();
            log.info("lịch dùng chung: cơ sở dữ liệu lại trong tầm sau {} ms không điểm danh được; phiên bản khác có {} ms để"
                    + " điểm danh trước khi bị coi là đã dừng / the shared schedule reached its database again after {} ms"
                    + " without a check-in; the other instances have {} ms to check in before they count as failed",
                    gap, given, gap, given);
        }
        List<SchedulerStateRecord> failed = super.findFailedInstances(conn);   // throws when the database is out of reach
        lastInReach = now;
        return failed;
    }

    @Override
    protected long calcFailedIfAfter(SchedulerStateRecord rec) {
        return failedIfAfter(super.calcFailedIfAfter(rec), reachedAgain, rec.getCheckinInterval());
    }

    /** Quartz's bound, or the other's interval + 7.5 s after this instance reached the database again, whichever is later. */
    static long failedIfAfter(long quartzBound, long reachedAgain, long checkinInterval) {
        return Math.max(quartzBound, reachedAgain + checkinInterval + ClusterSettings.QUARTZ_GRACE.toMillis());
    }
}
