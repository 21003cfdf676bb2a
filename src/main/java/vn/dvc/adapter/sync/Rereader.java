package vn.dvc.adapter.sync;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;

/**
 * The steps of the {@code reread} route (routes/reread.camel.yaml): dossiers whose content the ledger
 * does not keep, read again through {@code source-page} (whichever source is configured) and sent
 * through the sync's own checks and push, within the run of whoever asked (a reconcile's repair, a replay).
 */
@Component("rereader")
public class Rereader {

    /** The exchange property holding the {@link Rereads} under way. */
    /** Records per page when reading a window of the source again. */
    private static final int WINDOW_PAGE = 20;

    private final int pageSize;

    public Rereader(AdapterProperties properties) {
        this.pageSize = Math.min(WINDOW_PAGE, properties.source().pageSize());
    }

    /** The route's body becomes the re-read under way. */
    public void start(Rereads body, Exchange exchange) {
        exchange.setProperty(ExchangeKeys.REREADS, body);
    }

    public boolean more(@ExchangeProperty(ExchangeKeys.REREADS) Rereads rereads, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        return rereads.more() && !run.stopped();
    }

    public PageRequest next(@ExchangeProperty(ExchangeKeys.REREADS) Rereads rereads) {
        return rereads.next(pageSize);
    }

    public SourcePage found(SourcePage page, @ExchangeProperty(ExchangeKeys.REREADS) Rereads rereads) {
        return rereads.keep(page);
    }
}
