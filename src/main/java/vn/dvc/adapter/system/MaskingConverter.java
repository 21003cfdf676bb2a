package vn.dvc.adapter.system;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** Logback {@code %msg} that never lets an identity or phone number reach a log file. */
public class MaskingConverter extends MessageConverter {
    @Override
    public String convert(ILoggingEvent event) {
        return Masking.mask(super.convert(event));
    }
}
