package vn.dvc.adapter.sync;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;

import org.apache.camel.ExchangeProperty;
import org.springframework.stereotype.Component;

import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.Events;
import vn.dvc.adapter.ledger.Known;
import vn.dvc.adapter.ledger.LedgerWrites;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.source.SourcePage;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.CrashPoints;
import vn.dvc.adapter.system.ExchangeKeys;
import vn.dvc.adapter.system.Say;

/**
 * Checks every record of a page and sorts it: refused records are committed at once as
 * QUARANTINED or HELD with the reason; new content becomes batches to push, each dossier written
 * to the ledger once, with its outcome ({@link PushStep}); dossiers the portal already holds
 * unchanged are only counted. Nothing of the page counts as done until the checkpoint passes it.
 */
@Component("pageRecorder")
public class PageRecorder {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(PageRecorder.class);

    private final DossierMapper mapper;
    private final Transfers transfers;
    private final TransferReads reads;
    private final LedgerWrites ledger;
    private final PageSorter sorter;
    private final Events events;
    private final CrashPoints crash;
    private final int batchSize;

    private final List<RunListener> listeners;

    public PageRecorder(DossierMapper mapper, PageSorter sorter, Transfers transfers, TransferReads reads, Events events,
                        LedgerWrites ledger, AdapterProperties properties, CrashPoints crash,
                        List<RunListener> listeners) {
        this.listeners = listeners;
        this.mapper = mapper;
        this.events = events;
        this.crash = crash;
        this.sorter = sorter;
        this.transfers = transfers;
        this.reads = reads;
        this.ledger = ledger;
        this.batchSize = properties.sync().batchSize();
    }

    public RecordedPage record(SourcePage page, @ExchangeProperty(ExchangeKeys.RUN) SyncRun run) {
        crash.reached(CrashPoints.Point.PAGE_READ);
        Read read = check(page, run);
        awaitEarlierPages(run, read);
        // a failure of the ledger here stops the pushes in flight from calling the portal again
        Map<String, Known> known = run.onLedger(() -> reads.known(read.checked().keySet()));
        PageSorter.Sorted sorted = sorter.sort(read.checked(), read.raw(), known, page);
        run.onLedger(() -> commitRefused(run, sorted.refused, known));
        tell(run, page, sorted.refused);
        crash.reached(CrashPoints.Point.PAGE_CHECKED);
        count(run, page, sorted);
        return new RecordedPage(page, batches(sorted, known), read.next(), read.first());
    }

    /** The page's records checked, by MaHoSo (the last of a repeated one), with where the page ends. */
    private record Read(Map<String, Checked> checked, Map<String, JsonNode> raw, Checkpoint next, Instant first) {}

    /** Every record through the checks, and the page's high-water mark (the checkpoint once it is done). */
    private Read check(SourcePage page, SyncRun run) {
        // The checks are the sync's CPU (JSON, NFC, hashing, ID-token signatures) and each record's are
        // independent: they run on every core (the common fork-join pool and this thread), in page order.
        List<Checked> results = IntStream.range(0, page.items().size()).parallel()
                .mapToObj(i -> mapper.check(page.items().get(i), i, page.ref())).toList();
        Map<String, Checked> checked = new LinkedHashMap<>();
        Map<String, JsonNode> raw = new LinkedHashMap<>();
        Instant highWater = null;
        Instant first = null;
        String lastKey = null;
        for (int i = 0; i < results.size(); i++) {
            Checked c = results.get(i);
            checked.put(c.maHoSo(), c);
            run.counters.drift(c.unknownFields());
            raw.put(c.maHoSo(), page.items().get(i));
            if (first == null) {
                first = c.updatedAt();
            }
            if (c.updatedAt() != null && (highWater == null || !c.updatedAt().isBefore(highWater))) {
                highWater = c.updatedAt();
                lastKey = c.maHoSo();
            }
        }
        Instant now = Instant.now();
        if (highWater != null && highWater.isAfter(now)) {
            // A change dated ahead of the clock (a view whose times are local while the zone says UTC) would put the
            // checkpoint hours ahead: every change made meanwhile, dated before it, would never be read. The checkpoint
            // stays at the clock; the rows ahead are read again each run (unchanged, nothing is sent twice).
            if (run.aheadOfClock.compareAndSet(false, true)) {
                log.warn(Say.of("lượt {}: hồ sơ {} ghi thời điểm thay đổi {}, sau giờ của máy này ({}): mốc đồng bộ giữ ở giờ hiện tại;"
                                + " kiểm tra múi giờ của nguồn (adapter.source.database.time-zone)",
                        "run {}: dossier {} has a change time {}, ahead of this machine's clock ({}): the checkpoint stays at the"
                                + " clock; check the source's time zone (adapter.source.database.time-zone)"), run.id, lastKey, highWater,
                        now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            }
            highWater = now;
        }
        return new Read(checked, raw, highWater == null ? null : new Checkpoint(highWater, lastKey), first);
    }


    /** A dossier changed while an earlier page pushing it is in flight: compare with its committed outcome. */
    private static void awaitEarlierPages(SyncRun run, Read read) {
        try {
            run.inFlight.awaitNoneOf(read.checked().keySet());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bị ngắt khi chờ trang trước ghi xong", e);
        }
    }

    /** The refused records and their story, in one transaction, before any of the page is pushed; how many. */
    private int commitRefused(SyncRun run, List<Transfers.Version> refused, Map<String, Known> known) {
        if (refused.isEmpty()) {
            return 0;
        }
        List<Events.Event> story = refused.stream().map(r -> new Events.Event(r.transfer().maHoSo(), run.id, run.kind,
                r.state(), r.failure())).toList();
        ledger.commit(() -> {
            transfers.write(refused, known, run.id);
            events.record(story);
        });
        return refused.size();
    }

    private static void count(SyncRun run, SourcePage page, PageSorter.Sorted sorted) {
        run.counters.page(page.items().size(), sorted.unchanged, sorted.refused.size() - sorted.held, sorted.held);
        run.counters.progressIssues(sorted.progressIssues);
    }

    private List<Batch> batches(PageSorter.Sorted sorted, Map<String, Known> known) {
        List<Batch> batches = new ArrayList<>();
        for (int from = 0; from < sorted.items.size(); from += batchSize) {
            batches.add(Batch.read(sorted.items.subList(from, Math.min(sorted.items.size(), from + batchSize)),
                    sorted.versions, known));
        }
        return batches;
    }

    /** What the page came to so far, by agency, to the listeners: read, and refused (committed above). */
    private void tell(SyncRun run, SourcePage page, List<Transfers.Version> refused) {
        Tally tally = new Tally();
        for (JsonNode item : page.items()) {
            tally.add("pulled", item.path("MaDonVi").asText(""));
        }
        for (Transfers.Version r : refused) {
            tally.add(r.state().name().toLowerCase(java.util.Locale.ROOT),
                    r.transfer().facts() == null ? null : r.transfer().facts().maDonVi());
        }
        tally.tell(listeners, run.kind);
    }

    /** The split's expression: the page's batches (a method of this bean, so Camel never hashes the page). */
    public List<Batch> batches(RecordedPage page) {
        return page.batches();
    }
}
