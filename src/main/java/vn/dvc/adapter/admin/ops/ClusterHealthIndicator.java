package vn.dvc.adapter.admin.ops;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.SchedulerInstances;

/**
 * {@code cluster}: the instances sharing the schedules (PostgreSQL), each one's last check-in and
 * whether it counts as alive, and the one running the sync now. DOWN when the store is shared and
 * no instance has checked in lately, this one included: then no schedule fires anywhere. Not in
 * the readiness group: a lagging scheduler must not take the console and the API away.
 */
@Component("clusterHealthIndicator")
@ConditionalOnWebApplication
class ClusterHealthIndicator implements HealthIndicator {

    private final SchedulerInstances instances;
    private final LedgerHealthIndicator ledger;

    ClusterHealthIndicator(SchedulerInstances instances, LedgerHealthIndicator ledger) {
        this.instances = instances;
        this.ledger = ledger;
    }

    @Override
    public Health health() {
        if (ledger.away()) {
            return SyncHealthIndicator.ledgerUnreadable();
        }
        SchedulerInstances.Cluster cluster;
        try {
            cluster = instances.read();
        } catch (org.springframework.dao.DataAccessException | org.springframework.transaction.TransactionException e) {
            return SyncHealthIndicator.ledgerUnreadable();
        }
        boolean noneAlive = cluster.shared() && cluster.instances().stream().noneMatch(SchedulerInstances.Instance::alive);
        Health.Builder b = noneAlive ? Health.down() : Health.up();
        cluster.asJson().forEach((key, value) -> b.withDetail(key, value == null ? "none" : value));   // a detail may not be null
        if (noneAlive) {
            b.withDetail("error", "no instance checked in with the shared scheduler lately (adapter.cluster.checkin-interval)");
        }
        return b.build();
    }
}
