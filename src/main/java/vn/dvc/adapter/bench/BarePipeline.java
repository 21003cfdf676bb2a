package vn.dvc.adapter.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The ceiling and the naive baseline: the adapter's HTTP client ({@link BareClient}), the same paging
 * and batching, the same two portal calls per batch, and nothing else: no checks, no mapping beyond
 * dropping the source-only fields, no ledger. It sends exactly the dossiers a correct adapter sends
 * ({@link Oracle}). With concurrency c, c batches are in flight, from whichever pages they come: the
 * next page is read while earlier ones are pushed, as the adapter's pipelined sync does, with at most
 * 2c batches read ahead (memory stays bounded).
 */
final class BarePipeline implements AutoCloseable {

    private static final List<String> SOURCE_ONLY = List.of("TienDo", "XacThuc", "CapNhatLuc", "MaDonVi");
    /** The naive baseline stops after this long too: with portal latency it manages a few dossiers a second. */
    static final double NAIVE_SECONDS = 30;

    private final Job job;
    private final Oracle oracle;
    private final BareClient client;

    BarePipeline(Job job) throws IOException {
        this.job = job;
        this.oracle = Oracle.read(job.oracle());
        this.client = new BareClient(job);
    }

    /** Reads every page (or {@code limit} dossiers) and pushes what a correct adapter would. */
    Measurement run(HeapWatch watch) throws Exception {
        client.signIn();
        int batchSize = job.mode() == Mode.NAIVE ? 1 : job.batch();
        ExecutorService pushers = Executors.newFixedThreadPool(Math.max(1, job.concurrency()));
        AtomicInteger sent = new AtomicInteger();
        Semaphore ahead = new Semaphore(2 * Math.max(1, job.concurrency()));
        List<Future<?>> pushes = new ArrayList<>();
        int read = 0;
        try {
            String cursor = null;
            boolean more = true;
            while (more) {
                JsonNode page = client.page(cursor);
                List<ObjectNode> batch = new ArrayList<>(batchSize);
                for (JsonNode item : page.path("items")) {
                    if (job.limit() > 0 && read >= job.limit()
                            || job.mode() == Mode.NAIVE && watch.wallSeconds() > NAIVE_SECONDS) {
                        more = false;
                        break;
                    }
                    read++;
                    if (oracle.sends(item.path("MaHoSo").asText())) {
                        batch.add((ObjectNode) item);
                        if (batch.size() == batchSize) {
                            pushes.add(submit(pushers, batch, sent, ahead));
                            batch = new ArrayList<>(batchSize);
                        }
                    }
                }
                if (!batch.isEmpty()) {
                    pushes.add(submit(pushers, batch, sent, ahead));
                }
                JsonNode next = page.path("nextCursor");
                cursor = next.isTextual() ? next.asText() : null;
                more = more && cursor != null && page.path("items").size() > 0;
            }
            for (Future<?> push : pushes) {
                push.get(); // a refused batch fails the run: the ceiling must do all the work
            }
        } finally {
            pushers.shutdownNow();
        }
        return new Measurement(job.mode(), "OK", read, sent.get(), watch.wallSeconds(), watch.peakMb(), watch.liveMb(),
                HeapWatch.maxMb(), watch.cpuSeconds(), watch.collections(), watch.pauseSeconds(), -1, -1, null);
    }

    private Future<?> submit(ExecutorService pushers, List<ObjectNode> batch, AtomicInteger sent, Semaphore ahead)
            throws IOException, InterruptedException {
        if (job.mode() == Mode.NAIVE) { // one at a time, in order, so that its time limit is kept
            push(batch);
            sent.addAndGet(batch.size());
            return CompletableFuture.completedFuture(null);
        }
        ahead.acquire();
        return pushers.submit(() -> {
            try {
                push(batch);
                sent.addAndGet(batch.size());
                return null;
            } finally {
                ahead.release();
            }
        });
    }

    /** The officer's name cut to the portal's 50 characters, as the adapter's default policy sends it. */
    private static JsonNode shortened(JsonNode entry) {
        String name = entry.path("NguoiXuLy").asText("");
        if (name.codePointCount(0, name.length()) <= 50) {
            return entry;
        }
        return ((ObjectNode) entry).put("NguoiXuLy", name.substring(0, name.offsetByCodePoints(0, 49)) + "…");
    }

    /** DongBoHoSoMC with the dossiers, then CapNhatTienDoHoSoMC with their progress: what the adapter sends. */
    private void push(List<ObjectNode> batch) throws IOException {
        ArrayNode dossiers = client.json.createArrayNode();
        ArrayNode progress = client.json.createArrayNode();
        for (ObjectNode d : batch) {
            for (JsonNode entry : d.path("TienDo")) {
                progress.add(shortened(entry));
            }
            d.remove(SOURCE_ONLY);
            dossiers.add(d);
        }
        ObjectNode create = client.envelope("DongBoHoSoMC").put("isUpdating", "False");
        create.set("data", dossiers);
        accepted(client.post("/integration", create), "DongBoHoSoMC");
        if (!progress.isEmpty()) {
            ObjectNode entries = client.envelope("CapNhatTienDoHoSoMC");
            entries.set("data", progress);
            accepted(client.post("/integration", entries), "CapNhatTienDoHoSoMC");
        }
    }

    private static void accepted(JsonNode reply, String service) throws IOException {
        if (reply.path("error_code").asInt(-99) != 0) {
            throw new IOException(service + " refused: " + reply.path("message").asText());
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
