package vn.dvc.adapter.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dvc.adapter.portal.PortalClient;
import vn.dvc.adapter.portal.PortalCode;
import vn.dvc.adapter.portal.PortalFault;
import vn.dvc.adapter.portal.Retry;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.Targets;
import vn.dvc.adapter.system.Say;

/**
 * Refreshes the catalogue: the province's procedures (read by the {@code catalogue-refresh}
 * route) and, per agency, DVCQG's {@code LayDanhSachTTHC}, {@code adapter.catalogue.concurrency} agencies at
 * once: one after the other, a province's ~50 agencies took 50 round trips at every refresh (2.6 s at the
 * benchmark's 50 ms, half a minute at a real portal's 500 ms); a list without an answer is retried on its own. All or nothing: a failed agency keeps the
 * previous catalogue, and the lists not yet asked for are not. Dossiers held for a procedure DVCQG now
 * lists go back to PENDING and are sent by the next run.
 */
@Component("catalogueRefresh")
public class CatalogueRefresh {

    private static final Logger log = LoggerFactory.getLogger(CatalogueRefresh.class);

    /** What one refresh found. */
    public record Result(int agencies, int local, int national, int released) {}

    private final Catalogue catalogue;
    private final PortalClient portal;
    private final ObjectMapper json;
    private final Targets targets;
    private final TransactionTemplate tx;
    private final Retry retry;
    private final Duration maxAge;
    private final int concurrency;

    public CatalogueRefresh(Catalogue catalogue, PortalClient portal, ObjectMapper json, Targets targets,
                            TransactionTemplate tx, AdapterProperties properties) {
        this.catalogue = catalogue;
        this.portal = portal;
        this.json = json;
        this.targets = targets;
        this.tx = tx;
        this.retry = Retry.from(properties.sync());
        this.maxAge = properties.catalogue().maxAge();
        this.concurrency = properties.catalogue().concurrency();
    }

    /** True when a sync run should refresh first: never refreshed, or older than {@code adapter.catalogue.max-age}. */
    public boolean stale() {
        Instant last = catalogue.lastRefresh();
        return last == null || last.plus(maxAge).isBefore(Instant.now());
    }

    /** The body is the source's {@code GET /api/v1/procedures} answer. */
    public Result apply(Exchange exchange) throws IOException {
        List<Catalogue.Local> local = new ArrayList<>();
        try (InputStream body = exchange.getMessage().getBody(InputStream.class)) {
            for (JsonNode p : json.readTree(body).path("items")) {
                local.add(new Catalogue.Local(p.path("MaDonVi").asText(), p.path("MaTTHC").asText(),
                        p.path("TenTTHC").asText(null), level(p.get("MucDo"), 0), flag(p, "CoPhiLePhi")));
            }
        }
        Set<String> agencies = new TreeSet<>();
        local.forEach(p -> agencies.add(p.maDonVi()));
        targets.agencies().forEach(a -> agencies.add(a.code()));
        List<Catalogue.National> national = nationalLists(List.copyOf(agencies));
        int released;
        try {
            released = tx.execute(status -> {
                catalogue.replace(local, national);
                return catalogue.recordRefresh(agencies.size(), local.size(), national.size());
            });
        } catch (RuntimeException e) {
            // the commit may have reached the ledger with its answer lost: the ledger's refresh time then says
            // fresh, so the view in memory must not stay the old one for adapter.catalogue.max-age
            catalogue.forget();
            throw e;
        }
        catalogue.reload();
        log.info(Say.of("danh mục TTHC: {} đơn vị, {} thủ tục của tỉnh, {} thủ tục trên DVCQG; {} hồ sơ được giải phóng",
                "procedure catalogue: {} agencies, {} procedures of the province, {} on DVCQG; {} held dossiers released"),
                Say.n(agencies.size()), Say.n(local.size()), Say.n(national.size()), Say.n(released));
        return new Result(agencies.size(), local.size(), national.size(), released);
    }

    /**
     * DVCQG's lists of these agencies, in their order. With {@code concurrency} above 1 they are asked for by that many
     * threads, one try each. The first list that gets no answer is then asked for again on its own, with the retries;
     * once it has its answer the lists left go several at once again. So a portal that is away is retried as one list,
     * with one line a try, not as four lists retrying side by side with four lines a try; a blip costs one list's retry.
     * A list the portal refuses fails the refresh without asking for the others again.
     */
    private List<Catalogue.National> nationalLists(List<String> agencies) {
        Map<String, List<Catalogue.National>> got = new HashMap<>();
        Map<String, PortalFault> faults = new HashMap<>();   // the tries without an answer, each the first of its list's retries
        while (got.size() < agencies.size()) {
            if (concurrency > 1) {
                // a list that already failed its try goes only through the retries below: its tries stay the configured ones
                List<String> left = agencies.stream().filter(a -> !got.containsKey(a) && !faults.containsKey(a)).toList();
                List<Asked> once = left.isEmpty() ? List.of() : askedOnceEach(left);
                for (Asked a : once) {
                    if (a != null && a.refused() != null) {
                        throw a.refused();   // the first refusal in the agencies' order
                    }
                }
                for (int i = 0; i < left.size(); i++) {
                    Asked a = once.get(i);
                    if (a != null && a.fault() == null) {
                        got.put(left.get(i), a.list());
                    } else if (a != null) {
                        faults.put(left.get(i), a.fault());
                    }
                }
            }
            String agency = agencies.stream().filter(a -> !got.containsKey(a)).findFirst().orElse(null);
            if (agency != null) {
                PortalFault first = faults.remove(agency);
                Supplier<JsonNode> call = () -> ask(agency);
                got.put(agency, listOf(agency, first == null ? retry.call("LayDanhSachTTHC " + agency, call)
                        : retry.callAfter("LayDanhSachTTHC " + agency, first, call)));
            }
        }
        List<Catalogue.National> out = new ArrayList<>();
        agencies.forEach(a -> out.addAll(got.get(a)));
        return out;
    }

    /** A list asked for once among several: what it holds, the portal's refusal of it, or the fault that left it without an answer. */
    private record Asked(List<Catalogue.National> list, PortalFault refused, PortalFault fault) {}

    /** Each agency's list asked for once, {@code concurrency} at once, until one gets no answer; null where not asked for. */
    private List<Asked> askedOnceEach(List<String> agencies) {
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, agencies.size()), r -> {
            Thread t = new Thread(r, "catalogue-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean stop = new AtomicBoolean();
        try {
            List<Future<Asked>> lists = new ArrayList<>();
            for (String agency : agencies) {
                lists.add(pool.submit(() -> {
                    if (stop.get()) {
                        return null;   // a list got no answer: it is retried on its own first, the others wait
                    }
                    JsonNode reply;
                    try {
                        reply = ask(agency);
                    } catch (PortalFault fault) {
                        stop.set(true);
                        return new Asked(null, null, fault);   // the first of its tries: the retries tell it and go on
                    }
                    try {
                        return new Asked(listOf(agency, reply), null, null);
                    } catch (PortalFault refused) {
                        stop.set(true);
                        return new Asked(null, refused, null);
                    }
                }));
            }
            List<Asked> out = new ArrayList<>();
            for (Future<Asked> list : lists) {
                try {
                    out.add(list.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Say.of("làm mới danh mục TTHC bị ngắt", "the catalogue refresh was interrupted"), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonNode ask(String agency) {
        return portal.share("LayDanhSachTTHC", json.createObjectNode().put("madonvi", agency));
    }

    /** The procedures of the portal's answer for this agency; a refusal ({@code error_code} not 0) is thrown. */
    private List<Catalogue.National> listOf(String agency, JsonNode reply) {
        if (PortalCode.of("LayDanhSachTTHC", reply) != PortalCode.OK) {
            throw new PortalFault("CATALOGUE", "LayDanhSachTTHC của " + agency + " lỗi: " + reply.path("message").asText(),
                    null, null, null);
        }
        List<Catalogue.National> out = new ArrayList<>();
        for (JsonNode p : reply.path("result")) {
            out.add(new Catalogue.National(agency, p.path("MaTTHC").asText(), p.path("TenTTHC").asText(null),
                    level(p.get("MucDo"), null), p.path("TichHop").asBoolean(false),
                    flag(p, "KetQuaGiay"), flag(p, "DuDieuKienToanTrinh")));
        }
        return out;
    }

    /**
     * A yes/no attribute as catalogues write it: true/false, "1"/"0" or "true"/"false"; null when
     * absent or unreadable, so that an indicator needing it says "unknown" rather than "no".
     */
    static Boolean flag(JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        String text = v.asText().strip();
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "true" -> Boolean.TRUE;
            case "0", "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The service level: 2, 3 or 4 as a number or a string, or Decree 42/2022's names, "một phần" (3)
     * and "toàn trình" (4), as newer catalogues write it.
     */
    static Integer level(JsonNode v, Integer otherwise) {
        if (v == null || v.isNull()) {
            return otherwise;
        }
        if (v.isNumber()) {
            return v.intValue();
        }
        String text = java.text.Normalizer.normalize(v.asText().strip(), java.text.Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT);
        if (text.matches("\\d")) {
            return Integer.parseInt(text);
        }
        if (text.equals("toàn trình") || text.equals("toan_trinh") || text.equals("toantrinh")) {
            return 4;
        }
        if (text.equals("một phần") || text.equals("mot_phan") || text.equals("motphan")) {
            return 3;
        }
        return otherwise;
    }
}
