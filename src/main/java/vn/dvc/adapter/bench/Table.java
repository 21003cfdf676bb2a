package vn.dvc.adapter.bench;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/** The report: what was measured on which machine, the table, and the details behind it (markdown). */
final class Table {

    private Table() {
    }

    static String render(BenchOptions o, List<Row> rows, List<String> notes) {
        StringBuilder s = new StringBuilder();
        s.append("## DVCQG adapter benchmark\n\n");
        s.append(machine()).append('\n');
        s.append(f("batch %d · page %d · simulator latency %d ms · portal rate limit %s · measured JVMs %s%n%n", o.batch(),
                o.page(), o.latencyMs(), o.rateLimit() == 0 ? "none" : o.rateLimit() + "/s",
                (o.fork() ? "forked" : "in process") + (o.xmx() == null ? ", default heap" : ", -Xmx" + o.xmx())
                        + (!o.fork() ? "" : o.jvm().isEmpty() ? ", the JVM's own JIT options" : ", " + String.join(" ", o.jvm()))));
        s.append("| dossiers | db | conc. | adapter /s | ceiling /s | naive /s | adapter ÷ ceiling | adapter ÷ naive"
                + " | peak heap | heap after GC | unchanged run | sent / expected |\n");
        s.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            s.append(f("| %,d | %s | %d | %s | %s | %s | %s | %s | %s | %s | %s | %,d / %,d %s |%n", r.dossiers(), r.database(),
                    r.concurrency(), rate(r.adapter()), rate(r.ceiling()), rate(r.naive()), ratio(r.toCeiling()),
                    ratio(r.toNaive()), mb(r.adapter().peakHeapMb()), mb(r.adapter().liveHeapMb()),
                    r.adapter().unchangedSeconds() < 0 ? "–" : f("%.2f s", r.adapter().unchangedSeconds()),
                    r.adapter().sent(), r.expected(), r.correct() ? "✓" : "✗"));
        }
        s.append(targets(o, rows));
        s.append("\nDetails (times in s; CPU = CPU seconds of that JVM during the measured run; heap limit of the"
                + " measured JVM):\n\n");
        s.append("| dossiers | db | conc. | adapter time | adapter /s, 2nd half | ceiling /s, 2nd half | ÷ ceiling, 2nd half"
                + " | adapter CPU | simulators CPU | GC pauses (count) | heap limit | ledger on disk | 429s | ceiling time"
                + " | ceiling CPU | naive sample |\n");
        s.append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Measurement a = r.adapter();
            s.append(f("| %,d | %s | %d | %.1f | %s | %s | %s | %.1f | %.1f | %.2f (%d) | %s | %s | %,d | %.1f | %.1f | %,d in %.1f |%n",
                    r.dossiers(), r.database(), r.concurrency(), a.seconds(), rate(r.adapterSecondHalf()),
                    rate(r.ceilingSecondHalf()), ratio(r.adapterSecondHalf() / r.ceilingSecondHalf()), a.cpuSeconds(),
                    r.simulatorCpu(), a.gcPauseSeconds(), a.gcCount(), mb(a.maxHeapMb()),
                    r.ledgerBytes() < 0 ? "–" : mb(r.ledgerBytes() / (1024 * 1024)), r.rateLimited(), r.ceiling().seconds(),
                    r.ceiling().cpuSeconds(), r.naive().dossiers(), r.naive().seconds()));
        }
        for (Row r : rows) {
            for (Measurement m : List.of(r.adapter(), r.ceiling(), r.naive())) {
                if (!m.ok()) {
                    s.append(f("%n%s at %,d on %s: %s — %s%n", m.mode(), r.dossiers(), r.database(), m.status(), m.message()));
                }
            }
        }
        if (!notes.isEmpty()) {
            s.append('\n');
            notes.forEach(n -> s.append("- ").append(n).append('\n'));
        }
        return s.toString();
    }

    /**
     * The targets of the speed issue, from the same rows: at zero latency the adapter against 0.8 of
     * its bare ceiling; with latency, against 0.8 of what waiting and the rate limit allow ({@link Row#bound}).
     */
    static String targets(BenchOptions o, List<Row> rows) {
        StringBuilder s = new StringBuilder();
        if (o.latencyMs() <= 0) {
            s.append("\nTarget at zero latency: the adapter at ≥ 0.80 of the bare ceiling.\n\n");
            s.append("| dossiers | db | conc. | adapter ÷ ceiling | ÷ ceiling, 2nd half | met? |\n|---:|---|---:|---:|---:|---|\n");
            for (Row r : rows) {
                double half = r.adapterSecondHalf() / r.ceilingSecondHalf();
                s.append(f("| %,d | %s | %d | %s | %s | %s |%n", r.dossiers(), r.database(), r.concurrency(), ratio(r.toCeiling()),
                        ratio(half), met(r.toCeiling())));
            }
            return s.toString();
        }
        s.append(f("%nTarget with %d ms of latency: the adapter at ≥ 0.80 of min(c × batch ÷ (2 × latency)%s).%n%n",
                o.latencyMs(), o.rateLimit() > 0 ? ", rate limit × batch ÷ 2" : ""));
        s.append("| dossiers | db | conc. | bound /s | adapter /s | adapter ÷ bound | ceiling ÷ bound | 429s | met? |\n"
                + "|---:|---|---:|---:|---:|---:|---:|---:|---|\n");
        for (Row r : rows) {
            double bound = r.bound(o.batch(), o.latencyMs(), o.rateLimit());
            double adapter = r.adapter().ok() ? r.adapter().rate() / bound : Double.NaN;
            double ceiling = r.ceiling().ok() ? r.ceiling().rate() / bound : Double.NaN;
            boolean no429 = o.rateLimit() == 0 || r.rateLimited() == 0;
            s.append(f("| %,d | %s | %d | %,.0f | %s | %s | %s | %,d | %s |%n", r.dossiers(), r.database(), r.concurrency(), bound,
                    rate(r.adapter()), ratio(adapter), ratio(ceiling), r.rateLimited(), no429 ? met(adapter) : "no (429s)"));
        }
        return s.toString();
    }

    private static String met(double ratio) {
        return Double.isNaN(ratio) ? "–" : ratio >= 0.8 ? "yes" : "no";
    }

    static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return f("Machine: %d CPUs, %.0f GiB RAM, %s %s (%s), %s %s%n", Runtime.getRuntime().availableProcessors(),
                os.getTotalMemorySize() / (1024.0 * 1024 * 1024), System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    private static String rate(Measurement m) {
        return m.ok() ? f("%,.0f", m.rate()) : m.status();
    }

    private static String rate(double perSecond) {
        return Double.isNaN(perSecond) ? "–" : f("%,.0f", perSecond);
    }

    private static String ratio(double r) {
        return Double.isNaN(r) ? "–" : f("%.2f", r);
    }

    private static String mb(long mb) {
        return mb < 0 ? "–" : f("%,d MiB", mb);
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
