package vn.dvc.adapter.reconcile;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dvc.adapter.system.AdapterProperties;

/**
 * Starts the {@code scheduled-reconcile} route when {@code serve} runs schedules and
 * {@code adapter.reconcile.cron} is set; without a cron there is no scheduled reconcile at all.
 */
@Configuration(proxyBeanMethods = false)
class ReconcileSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReconcileSchedule.class);

    @Bean
    CamelContextConfiguration scheduledReconcile(AdapterProperties properties) {
        boolean scheduled = properties.sync().scheduled();
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
                String cron = properties.reconcile().cron();
                if (scheduled && cron != null && !cron.isBlank()) {
                    try {
                        camel.getRouteController().startRoute("scheduled-reconcile");
                        log.info("đối soát theo lịch {}: mẫu {} hồ sơ{}", cron, properties.reconcile().sample(),
                                properties.reconcile().repair() ? ", gửi lại hồ sơ lệch" : "");
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot start the scheduled reconcile: " + e.getMessage(), e);
                    }
                }
            }
        };
    }
}
