package vn.dvc.adapter.system;

import java.util.concurrent.ExecutorService;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The threads of the pipelined sync, bound in Camel's registry only (so Spring Boot's own task
 * executor stays as it is; Camel shuts them down with the context):
 * {@code pushPool}, the threads that push batches ({@code adapter.sync.concurrency}, default 1),
 * shared by the batches of every page in flight — with a portal answering in tens of
 * milliseconds, a few batches in flight keep it busy; and {@code pagePool}, one thread per page in
 * flight ({@code adapter.sync.pages-in-flight}), each waiting for its page's batches and then
 * letting the checkpoint pass it.
 */
@Configuration(proxyBeanMethods = false)
class PushPoolConfig {

    @Bean
    CamelContextConfiguration pushPool(AdapterProperties properties) {
        int concurrency = Math.max(1, properties.sync().concurrency());
        int pages = properties.sync().pagesInFlight(properties.source().pageSize());
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camel) {
                ExecutorService pushers = camel.getExecutorServiceManager().newFixedThreadPool(this, "push", concurrency);
                camel.getRegistry().bind("pushPool", pushers);
                ExecutorService pagers = camel.getExecutorServiceManager().newFixedThreadPool(this, "page", pages);
                camel.getRegistry().bind("pagePool", pagers);
            }

            @Override
            public void afterApplicationStart(CamelContext camel) {
            }
        };
    }
}
