package vn.dvc.adapter.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

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
 * benchmark's 50 ms, half a minute at a real portal's 500 ms). All or nothing: a failed agency keeps the
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
                agencies.size(), local.size(), national.size(), released);
        return new Result(agencies.size(), local.size(), national.size(), released);
    }

    /**
     * DVCQG's lists of these agencies, in their order, asked for by {@code concurrency} threads; the first failure (in
     * the agencies' order) is thrown as it was, once every list asked for has answered, and no list is asked for after it.
     */
    private List<Catalogue.National> nationalLists(List<String> agencies) {
        if (concurrency <= 1 || agencies.size() <= 1) {
            List<Catalogue.National> out = new ArrayList<>();
            agencies.forEach(a -> out.addAll(nationalList(a)));
            return out;
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, agencies.size()), r -> {
            Thread t = new Thread(r, "catalogue-" + next.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        AtomicBoolean failed = new AtomicBoolean();
        try {
            List<Future<List<Catalogue.National>>> lists = new ArrayList<>();
            for (String agency : agencies) {
                lists.add(pool.submit(() -> {
                    if (failed.get()) {
                        return null;   // an earlier list failed: the refresh fails, no need to ask for more
                    }
                    try {
                        return nationalList(agency);
                    } catch (RuntimeException | Error e) {
                        failed.set(true);
                        throw e;
                    }
                }));
            }
            List<Catalogue.National> out = new ArrayList<>();
            RuntimeException first = null;
            for (Future<List<Catalogue.National>> list : lists) {
                try {
                    List<Catalogue.National> got = list.get();
                    if (got != null) {
                        out.addAll(got);
                    }
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    first = first != null ? first : e.getCause() instanceof RuntimeException r ? r
                            : new IllegalStateException(e.getCause());
                }
            }
            if (first != null) {
                throw first;
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(Say.of("làm mới danh mục TTHC bị ngắt", "the catalogue refresh was interrupted"), e);
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Catalogue.National> nationalList(String agency) {
        JsonNode reply = retry.call("LayDanhSachTTHC " + agency,
                () -> portal.share("LayDanhSachTTHC", json.createObjectNode().put("madonvi", agency)));
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
