package vn.dvc.adapter.cli;

import java.util.HashMap;
import java.util.Map;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.OpenCpsServer;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.system.ConfigurationError;

/**
 * Where {@code demo} and {@code simulate} let the adapter read dossiers: the export API's simulator
 * ({@code --source api}), or an OpenCPS v2 database on embedded PostgreSQL filled from the same demo
 * data ({@code --source opencps}), read through the built-in opencps profile. Says where it is, and
 * gives the settings that point the adapter at it.
 */
final class DemoSource implements AutoCloseable {

    private final Simulators sims;
    private final OpenCpsServer opencps;

    private DemoSource(Simulators sims, OpenCpsServer opencps) {
        this.sims = sims;
        this.opencps = opencps;
    }

    static boolean opencps(String source) {
        if (!"api".equals(source) && !"opencps".equals(source)) {
            throw new ConfigurationError("--source must be api or opencps, is " + source);
        }
        return "opencps".equals(source);
    }

    static DemoSource start(String source, DemoData data, Simulators sims, boolean english, boolean print) {
        if (!opencps(source)) {
            if (print) {
                Boot.OUT.println(english
                        ? "One-stop system simulator: " + sims.source().url() + "\nNational portal simulator: " + sims.portal().url()
                        : "Giả lập Hệ thống một cửa: " + sims.source().url() + "\nGiả lập Cổng DVCQG:        " + sims.portal().url());
            }
            return new DemoSource(sims, null);
        }
        if (!OpenCpsServer.available()) {
            throw new ConfigurationError("--source opencps cần PostgreSQL nhúng, gói jar này không mang theo / needs embedded"
                    + " PostgreSQL, which this jar does not carry: `mvn spring-boot:run -Dspring-boot.run.arguments=\"demo --source"
                    + " opencps\"` (or \"simulate --source opencps …\") from the checkout, or a jar built with -Pbench");
        }
        if (print) {
            Boot.OUT.println(english ? "Filling an OpenCPS v2 database (embedded PostgreSQL) from the demo data…"
                    : "Đang nạp dữ liệu mẫu vào cơ sở dữ liệu OpenCPS v2 (PostgreSQL nhúng)…");
        }
        OpenCpsServer server = OpenCpsServer.start(data);
        if (print) {
            Boot.OUT.printf(SummaryPrinter.locale(english), english
                    ? "OpenCPS database: %s (%,d dossiers, %,d left out for fields OpenCPS's columns cannot hold)%nNational portal simulator: %s%n"
                    : "Cơ sở dữ liệu OpenCPS: %s (%,d hồ sơ, %,d hồ sơ bỏ qua vì cột của OpenCPS không chứa được)%nGiả lập Cổng DVCQG:    %s%n",
                    server.url(), server.filled().dossiers(), server.filled().leftOut(), sims.portal().url());
        }
        return new DemoSource(sims, server);
    }

    /** The command's settings and the source's together. */
    Map<String, Object> settings(Map<String, Object> command) {
        Map<String, Object> all = new HashMap<>(command);
        if (opencps == null) {
            all.put("adapter.source.url", sims.source().url().toString());
        } else {
            all.putAll(opencps.settings());
        }
        return all;
    }

    /** The settings as {@code simulate} prints them, one per line. */
    Map<String, Object> printable() {
        return opencps == null ? Map.of("adapter.source.url", sims.source().url().toString()) : opencps.settings();
    }

    @Override
    public void close() {
        if (opencps != null) {
            opencps.close();
        }
    }
}
