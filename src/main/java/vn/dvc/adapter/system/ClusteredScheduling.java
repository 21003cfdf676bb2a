package vn.dvc.adapter.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import org.apache.camel.component.quartz.QuartzComponent;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.type.AnnotatedTypeMetadata;

import vn.dvc.adapter.ledger.Runs;

/**
 * {@code serve} on PostgreSQL: the quartz routes ({@code routes/serve.camel.yaml},
 * {@code routes/catalogue.camel.yaml}) get a Quartz scheduler on its clustered JDBC job store
 * ({@link OutageAwareJobStore}, a JobStoreTX; the PostgreSQL delegate, {@code isClustered}) over
 * the ledger's own DataSource, so several instances share one set of triggers and each fire runs on exactly one of them; when one
 * dies, another recovers its schedules {@code adapter.cluster.checkin-interval} + 7.5 s after its
 * last check-in. The tables come from Flyway (V9, PostgreSQL only). The ledger lease stays the
 * second guard. Any other command, and every command on H2, keeps Camel's in-memory store: a
 * one-shot {@code sync} must not join the cluster, since it would take fires it has no running
 * route for.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(ClusteredScheduling.ClusteredServe.class)
class ClusteredScheduling {

    private static final Logger log = LoggerFactory.getLogger(ClusteredScheduling.class);
    /** How soon Quartz tries its database again after a failure (the schedules' catch-up after an outage). */
    static final Duration DB_RETRY = Duration.ofSeconds(2);

    /** Quartz's name for the ledger's DataSource inside its own connection manager. */
    private static final String DATA_SOURCE = "ledger";

    /** {@code serve} ({@code adapter.sync.scheduled}) with the ledger on PostgreSQL. */
    static final class ClusteredServe implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var env = context.getEnvironment();
            return env.getProperty("adapter.sync.scheduled", Boolean.class, false)
                    && Clustering.onPostgres(env.getProperty("spring.datasource.url"));
        }
    }

    /** Closed by Camel's quartz component once the routes have stopped, not by Spring before them. */
    @Bean(destroyMethod = "")
    Scheduler clusteredScheduler(DataSource dataSource, AdapterProperties properties) throws SchedulerException {
        DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new LedgerConnections(dataSource));
        ClusterSettings cluster = properties.cluster();
        String instance = cluster.instanceId() == null || cluster.instanceId().isBlank() ? Runs.OWNER : cluster.instanceId();
        Properties q = new Properties();
        q.setProperty("org.quartz.scheduler.instanceName", Clustering.SCHEDULER_NAME);
        q.setProperty("org.quartz.scheduler.instanceId", instance);
        q.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        // sync, catalogue and reconcile may each run at once; each one alone never (stateful jobs)
        q.setProperty("org.quartz.threadPool.threadCount", "3");
        // JobStoreTX, save that an instance silent while this one could not reach the database is not taken as dead
        q.setProperty("org.quartz.jobStore.class", OutageAwareJobStore.class.getName());
        q.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        q.setProperty("org.quartz.jobStore.dataSource", DATA_SOURCE);
        q.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        q.setProperty("org.quartz.jobStore.isClustered", "true");
        // Fires held back by a long run are late by more than this when it ends: they count as misfired and
        // run once (fire and proceed), instead of one after another as Quartz's 60 s default made them.
        q.setProperty("org.quartz.jobStore.misfireThreshold", "5000");
        q.setProperty("org.quartz.jobStore.clusterCheckinInterval", String.valueOf(cluster.checkinInterval().toMillis()));
        // After its database went away Quartz tries it again this often: its default, 15 s, held the first fire
        // after an outage 17 s behind the database's return. A scheduler property: StdSchedulerFactory sets the
        // job store's dbRetryInterval from it, over any org.quartz.jobStore.dbRetryInterval given.
        q.setProperty("org.quartz.scheduler.dbFailureRetryInterval", String.valueOf(DB_RETRY.toMillis()));
        log.info("lịch chạy dùng chung trên PostgreSQL (Quartz cluster): phiên bản {}, điểm danh mỗi {}", instance,
                cluster.checkinInterval());
        return new StdSchedulerFactory(q).getScheduler();
    }

    @Bean("quartz")
    QuartzComponent quartz(Scheduler clusteredScheduler) {
        QuartzComponent quartz = new QuartzComponent();
        quartz.setScheduler(clusteredScheduler);
        return quartz;
    }

    /**
     * On SIGTERM this instance stops taking fires at once (the running job finishes), so the others
     * take the fires of the shutdown's 30 s: a fire taken after the routes stopped would find no
     * route here and be lost.
     */
    @Bean
    ApplicationListener<ContextClosedEvent> schedulerStandbyOnClose(Scheduler clusteredScheduler) {
        return event -> {
            try {
                clusteredScheduler.standby();
            } catch (SchedulerException e) {
                log.warn("không dừng nhận lịch được: {}", e.getMessage());
            }
        };
    }

    /** The ledger's pool as Quartz's connection provider: JobStoreTX commits its own transactions. */
    private record LedgerConnections(DataSource dataSource) implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return dataSource.getConnection();
        }

        @Override
        public void shutdown() {
            // the pool belongs to Spring
        }

        @Override
        public void initialize() {
            // the pool is already up
        }
    }
}
