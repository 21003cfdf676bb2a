package vn.dvc.adapter.system;

import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads that push a page's batches ({@code adapter.sync.concurrency}, default 1): with a
 * portal answering in tens of milliseconds, a few batches in flight keep it busy. The page's
 * checkpoint still waits for all of them. Bound in Camel's registry only (as {@code pushPool}),
 * so Spring Boot's own task executor stays as it is; Camel shuts it down with the context.
 */
@Configuration(proxyBeanMethods = false)
class PushPoolConfig {

    @Bean
    CamelContextConfiguration pushPool(@Value("${adapter.sync.concurrency:1}") int concurrency) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                ExecutorService pool = camel.getExecutorServiceManager()
                        .newFixedThreadPool(this, "push", Math.max(1, concurrency));
                camel.getRegistry().bind("pushPool", pool);
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
            }
        };
    }
}
