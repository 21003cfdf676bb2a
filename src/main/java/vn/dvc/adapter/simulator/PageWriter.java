package vn.dvc.adapter.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

/**
 * Writes a page of the export API as JSON bytes, item by item into one buffer (no page-sized tree).
 * Dossiers rendered ahead ({@link #prerender}) are copied as they are: byte for byte what building
 * and serialising them gives, since the compact form of a page is its items' forms joined.
 */
final class PageWriter {

    private static final ObjectWriter WRITER = LocalServer.JSON.writer();
    private static final byte[] ITEMS_OPEN = "{\"items\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ITEMS_CLOSE = "],\"nextCursor\":".getBytes(StandardCharsets.UTF_8);
    private static final int CHUNK = 1_000;

    private final DemoData data;
    /** JSON of base dossiers by index; null entries are built when served. */
    private volatile byte[][] rendered;
    private volatile boolean complete;

    PageWriter(DemoData data) {
        this.data = data;
    }

    /** Renders base dossiers on {@code threads} threads while they fit in {@code maxBytes}; returns how many. */
    int prerender(int threads, long maxBytes) {
        int n = data.dossierCount();
        byte[][] bytes = new byte[n][];
        AtomicLong used = new AtomicLong();
        AtomicInteger count = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(Math.max(1, threads));
        try {
            pool.submit(() -> IntStream.range(0, (n + CHUNK - 1) / CHUNK).parallel().forEach(chunk -> {
                for (int i = chunk * CHUNK; i < Math.min(n, (chunk + 1) * CHUNK) && used.get() < maxBytes; i++) {
                    bytes[i] = json(data.dossier(i));
                    used.addAndGet(bytes[i].length + 16L); // + the array's header
                    count.incrementAndGet();
                }
            })).join();
        } finally {
            pool.shutdown();
        }
        rendered = bytes;
        complete = count.get() == n;
        return count.get();
    }

    /** Every base dossier is rendered: serving a page builds nothing. */
    boolean complete() {
        return complete;
    }

    byte[] write(SourceFeed.Page page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(page.items().size() * 3_600 + 128);
        out.write(ITEMS_OPEN);
        boolean first = true;
        for (Object item : page.items()) {
            if (!first) {
                out.write(',');
            }
            first = false;
            if (item instanceof SourceFeed.Touched t) {
                out.write(json(t.json()));
            } else {
                int index = (Integer) item;
                byte[][] r = rendered;
                out.write(r != null && r[index] != null ? r[index] : json(data.dossier(index)));
            }
        }
        out.write(ITEMS_CLOSE);
        out.write(json(page.next() == null ? null : page.next().encode()));
        out.write('}');
        return out.toByteArray();
    }

    private static byte[] json(Object value) {
        try {
            return WRITER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a page of the simulated export API", e);
        }
    }
}
