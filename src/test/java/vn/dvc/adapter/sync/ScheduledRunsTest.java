package vn.dvc.adapter.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

import vn.dvc.adapter.ledger.LedgerWrites;

/** A scheduled sync that cannot open a run because the ledger's database is away: one WARN line naming it, no trace. */
class ScheduledRunsTest {

    @Test
    void aFireThatCannotStartIsOneWarningNamingTheDatabase() {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().addFirst(new MapPropertySource("test",
                Map.of("spring.datasource.url", "jdbc:postgresql://db.tinh.gov.vn:5432/adapter")));
        ScheduledRuns scheduled = new ScheduledRuns(new LedgerWrites(null, env));
        Exchange fire = new DefaultExchange(new DefaultCamelContext());
        fire.setProperty(Exchange.EXCEPTION_CAUGHT, new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLException("The connection attempt failed.", new java.net.ConnectException("Connection refused"))));
        Logger logger = (Logger) LoggerFactory.getLogger(ScheduledRuns.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            scheduled.failed(fire);
        } finally {
            logger.detachAppender(appender);
        }

        assertThat(appender.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).singleElement().satisfies(e -> {
            assertThat(e.getLevel()).isEqualTo(Level.WARN);
            assertThat(e.getFormattedMessage()).contains("lần chạy theo lịch không bắt đầu được")
                    .contains("PostgreSQL adapter @ db.tinh.gov.vn:5432").contains("Connection refused");
            assertThat(e.getThrowableProxy()).as("no stack trace at WARN").isNull();
        });
    }
}
