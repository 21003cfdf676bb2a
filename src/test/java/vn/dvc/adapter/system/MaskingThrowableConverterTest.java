package vn.dvc.adapter.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;

import org.junit.jupiter.api.Test;

/** A stack trace in the log masks what its messages quote, the causes' too; the log pattern uses it. */
class MaskingThrowableConverterTest {

    @Test
    void theStackTraceOfALoggedExceptionMasksIdentityAndPhoneNumbers() throws Exception {
        Exception e = new IllegalStateException("dossier H25-1: SoGiayToChuHoSo 017203001234 refused",
                new IllegalArgumentException("phone 0912 345 678"));
        LoggingEvent event = new LoggingEvent("x", new LoggerContext().getLogger("x"), Level.ERROR, "failed", e, null);
        MaskingThrowableConverter converter = new MaskingThrowableConverter();
        converter.start();

        String trace = converter.convert(event);

        assertThat(trace).contains("IllegalStateException").contains("01********34").contains("09** *** *78")
                .doesNotContain("017203001234").doesNotContain("345 678");
        assertThat(Files.readString(Path.of("src/main/resources/logback-spring.xml")))
                .contains("conversionWord=\"maskedEx\"").contains("%msg%n%maskedEx");
    }

    @Test
    void quartzFailingOnTheLedgersDatabaseSaysTheCauseInOneLineNotATrace() {
        Exception away = new org.quartz.JobPersistenceException("Failed to obtain DB connection from data source 'ledger'",
                new java.sql.SQLTransientConnectionException("HikariPool-2 - Connection is not available",
                        new java.sql.SQLException("The connection attempt failed.", new java.net.SocketException("Connection reset"))));
        LoggerContext context = new LoggerContext();
        MaskingThrowableConverter converter = new MaskingThrowableConverter();
        converter.start();

        String quartz = converter.convert(new LoggingEvent("x", context.getLogger("org.quartz.impl.jdbcjobstore.JobStoreTX"),
                Level.ERROR, "ClusterManager: Error managing cluster", away, null));
        String store = converter.convert(new LoggingEvent("x", context.getLogger(OutageAwareJobStore.class.getName()),
                Level.ERROR, "MisfireHandler: Error handling misfires", away, null));
        String ours = converter.convert(new LoggingEvent("x", context.getLogger("vn.dvc.adapter.sync.RunControl"),
                Level.ERROR, "failed", away, null));
        String quartzOther = converter.convert(new LoggingEvent("x", context.getLogger("org.quartz.core.JobRunShell"),
                Level.ERROR, "Job threw", new IllegalStateException("a bug"), null));

        assertThat(quartz).isEqualTo("    ↳ Connection reset" + System.lineSeparator());
        assertThat(store).as("Quartz's store as ours, under its own name").isEqualTo("    ↳ Connection reset" + System.lineSeparator());
        assertThat(ours).as("our own loggers keep the trace").contains("\tat ").contains("JobPersistenceException");
        assertThat(quartzOther).as("Quartz's other failures keep it").contains("\tat ").contains("a bug");
    }

    @Test
    void aLogLineMasksEmailsAndIdTokensLikeTheConsole() {
        String claims = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"SoDinhDanh\":\"017203009876\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String jwt = "eyAiYWxnIjogIlJTMjU2IiB9." + claims + ".c2lnbmF0dXJlLWJ5dGVz";
        LoggingEvent event = new LoggingEvent("x", new LoggerContext().getLogger("x"), Level.WARN,
                "TraCuuHoSo: trả lời không phải JSON: liên hệ {} token {} (lần 1/3)", null,
                new Object[] {"lan.tran@hoabinh.gov.vn", jwt});
        MaskingConverter converter = new MaskingConverter();
        converter.start();

        assertThat(converter.convert(event)).contains("l***@hoabinh.gov.vn").contains("[đã che: ")
                .doesNotContain("lan.tran").doesNotContain(claims).endsWith("(lần 1/3)");
    }
}
