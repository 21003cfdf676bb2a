package vn.dvc.adapter.system;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Logback's stack trace ({@code %maskedEx}) with identity and phone numbers masked: an
 * exception's message, and its causes', often quote the data that broke it, and
 * {@link MaskingConverter} only sees the log line's own message.
 */
public class MaskingThrowableConverter extends ThrowableProxyConverter {
    @Override
    protected String throwableProxyToString(IThrowableProxy tp) {
        return Masking.mask(super.throwableProxyToString(tp));
    }
}
