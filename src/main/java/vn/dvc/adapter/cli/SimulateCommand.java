package vn.dvc.adapter.cli;

import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.PortalSnapshot;
import vn.dvc.adapter.simulator.Simulators;

@Command(name = "simulate", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:đã dừng / stopped", "1:lỗi không mong đợi, ví dụ cổng đã bị chiếm / unexpected error, e.g. a port in use"},
         description = {"Chỉ chạy hai hệ thống giả lập (một cửa, Cổng DVCQG) và in địa chỉ của chúng.",
                 "Runs the two simulators alone (the one-stop system, the national portal) and prints their addresses."})
class SimulateCommand implements Callable<Integer> {

    @Option(names = "--source-port", defaultValue = "8081", description = {"cổng của Hệ thống một cửa giả lập (0: cổng trống bất kỳ;"
            + " mặc định ${DEFAULT-VALUE})", "the one-stop system simulator's port (0: any free one; default ${DEFAULT-VALUE})"})
    int sourcePort;

    @Option(names = "--portal-port", defaultValue = "8082", description = {"cổng của Cổng DVCQG giả lập (0: cổng trống bất kỳ;"
            + " mặc định ${DEFAULT-VALUE})", "the national portal simulator's port (0: any free one; default ${DEFAULT-VALUE})"})
    int portalPort;

    @Option(names = "--dossiers", description = {"số hồ sơ của dữ liệu mẫu (mặc định 20000, hoặc số của buổi chạy thử với --demo)",
            "dossiers in the data set (default 20000, or the demo's with --demo)"})
    Integer dossiers;

    @Option(names = DemoSettings.SWITCH, description = {"tiếp tục buổi chạy thử: cùng dữ liệu mẫu, Cổng giả lập giữ những gì buổi"
            + " chạy thử đã gửi, và các lệnh chạy với --demo tìm thấy địa chỉ", "continue the demo: the same data set, the portal"
            + " holding what the demo sent, and the commands run with --demo find the addresses"})
    boolean demo;

    @Option(names = "--source", defaultValue = "api", description = "api (mặc định / default) hoặc / or opencps: một cơ sở dữ liệu"
            + " OpenCPS v2 trên PostgreSQL nhúng thay cho API / an OpenCPS v2 database on embedded PostgreSQL instead of the API")
    String source;

    @Override
    public Integer call() throws InterruptedException {
        boolean opencps = DemoSource.opencps(source);
        PortalSnapshot snapshot = demo && Files.isRegularFile(DemoSettings.PORTAL) ? PortalSnapshot.read(DemoSettings.PORTAL) : null;
        int count = dossiers == null ? 20_000 : dossiers;
        // OpenCPS keeps no ID token: a data set with session tokens signs ten times fewer while the database fills
        DemoData data = snapshot != null && dossiers == null ? snapshot.data()
                : opencps ? new DemoData(DemoData.HOA_BINH_SEED, count, true) : DemoData.hoaBinh(count);
        Simulators sims = Simulators.start(data, snapshot, sourcePort, portalPort);
        DemoSource from = DemoSource.start(source, data, sims, false, false);
        if (demo) {
            DemoSettings.simulatorsRunning(sims);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            from.close();
            stop(sims, data);
        }));
        var credentials = PortalSimulator.Credentials.demo();
        from.printable().forEach((key, value) -> Boot.OUT.println(key + "=" + value));
        Boot.OUT.println("adapter.portal.url=" + sims.portal().url());
        Boot.OUT.println("adapter.portal.client-id=" + credentials.clientId());
        Boot.OUT.println("adapter.portal.username=" + credentials.username());
        Boot.OUT.println("adapter.portal.madonvi=" + credentials.madonvi());
        Boot.OUT.println("adapter.sso.jwks-url=" + sims.portal().url() + "/sso/jwks");
        Boot.OUT.println("adapter.sso.issuer=" + data.ssoIssuer());
        Boot.OUT.println("adapter.sso.audience=" + data.ssoAudience());
        Boot.OUT.println("# client-secret and password: the `demo` profile's (config/application-demo.yaml)");
        if (demo) {
            Boot.OUT.printf("# --demo: %s; the commands run with --demo use these addresses%n", snapshot == null
                    ? "no demo portal was saved (run `demo` first): the portal starts empty"
                    : "the portal holds the " + snapshot.held().size() + " dossiers the demo left there");
        }
        Boot.OUT.println("# Ctrl-C để dừng / to stop");
        new CountDownLatch(1).await();
        return Cli.OK;
    }

    /** Stops both; with --demo the portal's holdings are kept for the next `simulate --demo`, and the addresses removed. */
    private void stop(Simulators sims, DemoData data) {
        sims.close();
        if (demo) {
            try {
                Files.deleteIfExists(DemoSettings.SIMULATORS);
            } catch (java.io.IOException e) {
                Boot.ERR.println("cannot delete " + DemoSettings.SIMULATORS + ": " + e.getMessage());
            }
            PortalSnapshot.of(sims.portal(), data).write(DemoSettings.PORTAL);
        }
    }
}
