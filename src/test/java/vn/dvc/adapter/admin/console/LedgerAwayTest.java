package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.web.method.HandlerMethod;

import vn.dvc.adapter.admin.ops.LedgerHealthIndicator;

/**
 * A console page while the ledger's database is away (a pool whose database refuses every connection,
 * as after a cut): the ledger-down answer within the health check's timeout, not the pool's 10 s; the
 * login form is not held, nor anything that is not the adapter's (the API's calls are: LedgerOutageIT).
 */
class LedgerAwayTest {

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    @Test
    void aPageWhileTheDatabaseIsAwayIsAnsweredWithinTheHealthTimeout() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:postgresql://127.0.0.1:" + closed + "/ledger");
        config.setInitializationFailTimeout(-1);   // the pool starts while its database is away, as serve's does
        config.setConnectionTimeout(10_000);
        try (HikariDataSource pool = new HikariDataSource(config)) {
            LedgerAway interceptor = new LedgerAway(new LedgerHealthIndicator(pool, TIMEOUT));
            HandlerMethod audit = new HandlerMethod(new AuditPage(null), AuditPage.class.getDeclaredMethod("audit", int.class,
                    org.springframework.ui.Model.class));
            HandlerMethod login = new HandlerMethod(new LoginPage(), LoginPage.class.getDeclaredMethod("login"));

            long start = System.nanoTime();
            assertThatThrownBy(() -> interceptor.preHandle(null, null, audit)).isInstanceOf(DataAccessResourceFailureException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as("the first page's answer, ms")
                    .isLessThan(TIMEOUT.toMillis() + 1_000);
            start = System.nanoTime();
            assertThatThrownBy(() -> interceptor.preHandle(null, null, audit)).isInstanceOf(DataAccessResourceFailureException.class);
            assertThat((System.nanoTime() - start) / 1_000_000).as("the next page's answer, ms").isLessThan(200);

            assertThat(interceptor.preHandle(null, null, login)).as("the login form").isTrue();
            assertThat(interceptor.preHandle(null, null, new Object())).as("not a handler method").isTrue();
            HandlerMethod notOurs = new HandlerMethod(new Object(), Object.class.getMethod("toString"));
            assertThat(interceptor.preHandle(null, null, notOurs)).as("not the adapter's (actuator, springdoc)").isTrue();
        }
    }
}
