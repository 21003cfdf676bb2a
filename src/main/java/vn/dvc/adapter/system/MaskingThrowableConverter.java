package vn.dvc.adapter.system;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.CoreConstants;

import vn.dvc.adapter.ledger.LedgerFault;

/**
 * Logback's stack trace ({@code %maskedEx}) with identity and phone numbers masked: an
 * exception's message, and its causes', often quote the data that broke it, and
 * {@link MaskingConverter} only sees the log line's own message.
 * <p>
 * Quartz's clustered job store logs each failed try while the ledger's database is away (its cluster
 * check-in, its misfire scan, a fire), each with a trace of some 60 lines: a 20 s outage left nine of
 * them in serve's log, an hour's would leave thousands. Its line already says what failed; while the database
 * cannot be reached ({@code LedgerFault.away}) the trace gives way to the database's own words (the deepest
 * cause), one line. Any other failure keeps its trace.
 */
public class MaskingThrowableConverter extends ThrowableProxyConverter {

    /**
     * Quartz's job store (ours, {@link OutageAwareJobStore}, logs under its own name: named here as text, so
     * that logging's start loads no Quartz class) and its scheduler's error log; a job's own failure
     * (JobRunShell) keeps its trace.
     */
    private static final java.util.regex.Pattern QUARTZ_STORE = java.util.regex.Pattern.compile(
            "org\\.quartz\\.(impl\\.jdbcjobstore\\.|core\\.ErrorLogger$)|vn\\.dvc\\.adapter\\.system\\.OutageAwareJobStore$");

    @Override
    public String convert(ILoggingEvent event) {
        if (QUARTZ_STORE.matcher(event.getLoggerName()).lookingAt() && event.getThrowableProxy() instanceof ThrowableProxy proxy
                && LedgerFault.away(proxy.getThrowable())) {
            return "    ↳ " + LedgerFault.cause(proxy.getThrowable()) + CoreConstants.LINE_SEPARATOR;
        }
        return super.convert(event);
    }

    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return Masking.mask(super.throwableProxyToString(tp));
    }
}
