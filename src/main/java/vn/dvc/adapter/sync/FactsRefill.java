package vn.dvc.adapter.sync;

import java.util.ArrayList;
import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.catalogue.IntegrationCheck;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.checks.Facts;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.source.PageRequest;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * Fills the facts of a ledger written before they existed (the national scoring's, migration V7):
 * the {@code refill-facts} route reads the whole source again from {@code adapter.sync.initial-since},
 * and each dossier the ledger holds gets the facts of its current version, with the same checks and
 * catalogue as a sync. Nothing is sent to the portal, and state, hashes, payloads and the checkpoint
 * stay as they are; run it while no sync runs ({@code sync --refill-facts}).
 */
@Component("factsRefill")
public class FactsRefill {

    private static final Logger log = LoggerFactory.getLogger(FactsRefill.class);

    /** Where a refill stands: the exchange property {@code refill}. */
    public static final class Progress {
        String cursor;
        boolean more = true;
        int pages;
        int read;
        int updated;
    }

    /** What a refill did: pages and records read, ledger rows whose facts it wrote. */
    public record Result(int pages, int read, int updated) {}

    private final DossierMapper mapper;
    private final IntegrationCheck integration;
    private final Transfers transfers;
    private final TransactionTemplate tx;
    private final AdapterProperties properties;

    public FactsRefill(DossierMapper mapper, IntegrationCheck integration, Transfers transfers, TransactionTemplate tx,
                       AdapterProperties properties) {
        this.mapper = mapper;
        this.integration = integration;
        this.transfers = transfers;
        this.tx = tx;
        this.properties = properties;
    }

    public void begin(Exchange exchange) {
        exchange.setProperty(ExchangeKeys.REFILL, new Progress());
    }

    public boolean more(@ExchangeProperty(ExchangeKeys.REFILL) Progress p) {
        return p.more;
    }

    public PageRequest nextRequest(@ExchangeProperty(ExchangeKeys.REFILL) Progress p) {
        return new PageRequest(properties.sync().initialSince(), p.cursor, properties.source().pageSize());
    }

    /** The facts of every record of the page that passes the checks, onto the rows the ledger has. */
    public void apply(SourcePage page, @ExchangeProperty(ExchangeKeys.REFILL) Progress p) {
        List<Facts> facts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            if (mapper.check(page.items().get(i), i, page.ref()) instanceof Checked.Valid v) {
                IntegrationCheck.Finding finding = integration.check(v.facts().maDonVi(), v.facts().maTTHC());
                facts.add(v.facts().withCatalogue(finding.mucDo(), finding.result()));
                ids.add(v.maHoSo());
            }
        }
        Integer updated = tx.execute(status -> transfers.refillFacts(facts, ids));
        p.pages++;
        p.read += page.items().size();
        p.updated += updated == null ? 0 : updated;
        p.cursor = page.nextCursor();
        p.more = !page.last();
    }

    public Result result(@ExchangeProperty(ExchangeKeys.REFILL) Progress p) {
        log.info(Say.of("điền lại dữ liệu chỉ số: {} trang, {} hồ sơ đọc, {} dòng sổ cái cập nhật",
                "facts refilled: {} pages, {} dossiers read, {} ledger rows updated"), p.pages, p.read, p.updated);
        return new Result(p.pages, p.read, p.updated);
    }
}
