package vn.dvc.adapter.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSimulator;
import vn.dvc.adapter.simulator.Simulators;

@Command(name = "simulate", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:đã dừng / stopped", "1:lỗi không mong đợi, ví dụ cổng đã bị chiếm / unexpected error, e.g. a port in use"},
         description = "Chỉ chạy hai hệ thống giả lập (một cửa, Cổng DVCQG) và in địa chỉ của chúng.")
class SimulateCommand implements Callable<Integer> {

    @Option(names = "--source-port", defaultValue = "8081")
    int sourcePort;

    @Option(names = "--portal-port", defaultValue = "8082")
    int portalPort;

    @Option(names = "--dossiers", defaultValue = "20000")
    int dossiers;

    @Option(names = "--source", defaultValue = "api", description = "api (mặc định / default) hoặc / or opencps: một cơ sở dữ liệu"
            + " OpenCPS v2 trên PostgreSQL nhúng thay cho API / an OpenCPS v2 database on embedded PostgreSQL instead of the API")
    String source;

    @Override
    public Integer call() throws InterruptedException {
        DemoData data = DemoSource.opencps(source) ? new DemoData(DemoData.HOA_BINH_SEED, dossiers, true) : DemoData.hoaBinh(dossiers);
        Simulators sims = Simulators.start(data, sourcePort, portalPort);
        DemoSource from = DemoSource.start(source, data, sims, false, false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            from.close();
            sims.close();
        }));
        var demo = PortalSimulator.Credentials.demo();
        from.printable().forEach((key, value) -> Boot.OUT.println(key + "=" + value));
        Boot.OUT.println("adapter.portal.url=" + sims.portal().url());
        Boot.OUT.println("adapter.portal.client-id=" + demo.clientId());
        Boot.OUT.println("adapter.portal.username=" + demo.username());
        Boot.OUT.println("adapter.portal.madonvi=" + demo.madonvi());
        Boot.OUT.println("adapter.sso.jwks-url=" + sims.portal().url() + "/sso/jwks");
        Boot.OUT.println("adapter.sso.issuer=" + data.ssoIssuer());
        Boot.OUT.println("adapter.sso.audience=" + data.ssoAudience());
        Boot.OUT.println("# client-secret and password: the `demo` profile's (config/application-demo.yaml)");
        Boot.OUT.println("# Ctrl-C để dừng / to stop");
        new CountDownLatch(1).await();
        return Cli.OK;
    }
}
