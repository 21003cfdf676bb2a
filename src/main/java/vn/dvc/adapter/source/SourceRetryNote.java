package vn.dvc.adapter.source;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.system.Say;

/**
 * One line for each new try of a source read that failed ({@code routes/errors.camel.yaml}, {@code source-retry}), in the
 * words the portal's tries use ({@code portal/Retry}): the reason, and which try comes. Camel's own line ("Failed delivery
 * for (MessageId: …) On delivery attempt: 1 caught: …") is off.
 */
@Component("sourceRetryNote")
public class SourceRetryNote implements Processor {

    private static final Logger log = LoggerFactory.getLogger(SourceRetryNote.class);

    @Override
    public void process(Exchange exchange) {
        int attempt = exchange.getMessage().getHeader(Exchange.REDELIVERY_COUNTER, 0, Integer.class);
        int max = exchange.getMessage().getHeader(Exchange.REDELIVERY_MAX_COUNTER, 0, Integer.class);
        Throwable e = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        log.warn(Say.of("đọc Hệ thống một cửa: {} (lần {}/{}), thử lại", "reading the one-stop system: {} (try {}/{}), again"),
                e == null ? "?" : Say.reason(e), attempt, max + 1);
    }
}
