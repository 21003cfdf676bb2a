package vn.dvc.adapter.sync;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.ledger.LedgerFault;
import vn.dvc.adapter.ledger.LedgerWrites;

/**
 * {@code serve}'s scheduled sync that could not start a run (the ledger's database away, most of
 * all): one WARN line naming the database and the cause, not Camel's failed-delivery dump. Nothing
 * is lost: the checkpoint did not move, and the next fire reads on from it.
 */
@Component("scheduledRuns")
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final LedgerWrites ledger;

    public ScheduledRuns(LedgerWrites ledger) {
        this.ledger = ledger;
    }

    public void failed(Exchange exchange) {
        Exception e = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String why = e == null ? "?" : LedgerFault.is(e) ? ledger.fault(e) : String.valueOf(e.getMessage());
        log.warn("lịch đồng bộ: lần chạy theo lịch không bắt đầu được, lần sau sẽ gửi bù / the scheduled sync did not start,"
                + " the next one catches up: {}", why);
        log.debug("lịch đồng bộ: nguyên nhân", e);
    }
}
