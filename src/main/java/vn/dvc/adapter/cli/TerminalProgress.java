package vn.dvc.adapter.cli;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

import vn.dvc.adapter.sync.RunListener;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.Say;

/**
 * Progress of a long run on the command line: pages, dossiers per second and the time left,
 * estimated from how far the run's position (CapNhatLuc) has moved towards now. A bar redrawn in
 * place on a terminal; plain lines every few seconds otherwise; nothing with {@code --json}. In the
 * command's language ({@code --lang}).
 */
@Component
class TerminalProgress implements RunListener, vn.dvc.adapter.reconcile.ReconcileListener {

    /** bar, lines or off; commands set it ({@code adapter.cli.progress}). */
    private final String mode;
    private long lastLine;
    private Pace pace;

    TerminalProgress(AdapterProperties properties) {
        this.mode = properties.cli().progress();
    }

    /**
     * The time left of a run from its pace since its first page: the first page pays for the run's start
     * (the catalogue, connections, a cold JIT), and an estimate from it said 7 min 12 s for a 68 s demo.
     * None ("?") until the run has moved a little past its first page.
     */
    record Pace(long run, double firstDone, long firstNanos) {

        /** Share of the way still to go after the first page below which no estimate is given. */
        static final double SETTLE = 0.02;

        Duration left(double done, long elapsedNanos) {
            double moved = done - firstDone;
            if (moved < SETTLE) {
                return null;
            }
            return Duration.ofNanos((long) ((elapsedNanos - firstNanos) * (1 - done) / moved));
        }
    }

    @Override
    public void pageDone(long run, int pages, int pulled, int sent, Instant from, Instant position, long elapsedNanos) {
        if ("off".equals(mode)) {
            return;
        }
        double seconds = Math.max(elapsedNanos / 1e9, 0.001);
        double done = fraction(from, position);
        if (pace == null || pace.run() != run) {
            pace = new Pace(run, done, elapsedNanos);
        }
        Duration left = pace.left(done, elapsedNanos);
        // before the pace is known, said so ("còn khoảng ?" read as a fault)
        String eta = left == null ? Say.of("đang ước tính thời gian còn lại", "estimating the time left")
                : Say.of("còn khoảng " + format(left), "about " + format(left) + " left");
        String text = String.format(SummaryPrinter.locale(Say.english()),
                Say.of("lượt %d · %,d trang · %,d hồ sơ · %,.0f hồ sơ/giây · %s",
                        "run %d · %,d pages · %,d dossiers · %,.0f dossiers/s · %s"), run, pages, pulled, pulled / seconds, eta);
        show(done, text, false);
    }

    /** A bar redrawn in place, or a plain line every few seconds (and the last one). */
    private void show(double fraction, String text, boolean last) {
        if ("bar".equals(mode)) {
            int width = 24;
            int filled = (int) Math.round(fraction * width);
            Boot.ERR.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                    + String.format("%3.0f%% ", fraction * 100) + text + "   ");
        } else if (System.nanoTime() - lastLine > 5_000_000_000L || last) {
            lastLine = System.nanoTime();
            Boot.ERR.println(text);
        }
    }

    /** A reconcile's reads: how many of how many, per second, and the time left. */
    @Override
    public synchronized void readBack(int done, int total, long elapsedNanos) {
        if ("off".equals(mode) || total == 0) {
            return;
        }
        double seconds = Math.max(elapsedNanos / 1e9, 0.001);
        double fraction = (double) done / total;
        String eta = format(Duration.ofSeconds((long) (seconds * (total - done) / Math.max(done, 1))));
        String text = String.format(SummaryPrinter.locale(Say.english()),
                Say.of("đối soát · %,d/%,d hồ sơ · %,.0f hồ sơ/giây · còn khoảng %s",
                        "reconcile · %,d/%,d dossiers · %,.0f dossiers/s · about %s left"), done, total, done / seconds, eta);
        show(fraction, text, done == total);
    }

    private static double fraction(Instant from, Instant position) {
        if (from == null || position == null) {
            return 0;
        }
        long total = Instant.now().toEpochMilli() - from.toEpochMilli();
        return total <= 0 ? 1 : Math.min(1, Math.max(0, (position.toEpochMilli() - from.toEpochMilli()) / (double) total));
    }

    static String format(Duration d) {
        return d.toHours() > 0 ? d.toHours() + Say.of(" giờ ", " h ") + d.toMinutesPart() + Say.of(" phút", " min")
                : d.toMinutes() > 0 ? d.toMinutes() + Say.of(" phút ", " min ") + d.toSecondsPart() + Say.of(" giây", " s")
                : d.toSeconds() + Say.of(" giây", " s");
    }
}
