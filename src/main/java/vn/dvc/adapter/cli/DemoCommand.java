package vn.dvc.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.compliance.ComplianceFiles;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.ComplianceService;
import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileResult;
import vn.dvc.adapter.reconcile.ReconcileService;
import vn.dvc.adapter.simulator.DemoData;
import vn.dvc.adapter.simulator.PortalSnapshot;
import vn.dvc.adapter.simulator.Simulators;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

@Command(name = "demo", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình / configuration error"},
         description = {"Chạy thử trọn vẹn với hai hệ thống giả lập.", "The whole adapter on the two simulators.",
                 "Sổ cái H2 mới ở / a new H2 ledger in data/demo, một lượt đồng bộ / one sync, báo cáo ở / reports in reports;"
                 + " rồi in các lệnh tiếp tục với sổ cái đó (--demo) / then the commands that go on with that ledger (--demo)."})
class DemoCommand implements Callable<Integer> {

    private static final Path DEMO_DATA = DemoSettings.FOLDER;
    private static final Path REPORTS = Path.of("reports");
    /** The demo data set's dossiers are received from 2025-01-01 to the day before the demo runs. */
    private static final LocalDate PERIOD_FROM = LocalDate.of(2025, 1, 1);

    @Option(names = "--dossiers", defaultValue = "20000", description = "số hồ sơ của dữ liệu mẫu (mặc định ${DEFAULT-VALUE}) / dossiers in the data set (default ${DEFAULT-VALUE})")
    int dossiers;

    @Mixin
    SharedOptions.Json output;

    @Option(names = "--lose", defaultValue = "0", description = "sau lượt đồng bộ, Cổng giả lập làm mất N hồ sơ (để xem đối soát tìm ra) / after the sync, the portal's simulator loses N dossiers (for the reconcile to find)")
    int lose;

    @Option(names = "--stale", defaultValue = "0", description = "sau lượt đồng bộ, Cổng giả lập giữ bản cũ của N hồ sơ / after the sync, the portal's simulator keeps an old version of N dossiers")
    int stale;

    @Option(names = "--reconcile-sample", defaultValue = "300", description = "cỡ mẫu đối soát cuối buổi chạy thử (mặc định ${DEFAULT-VALUE}) / the demo's closing reconcile sample (default ${DEFAULT-VALUE})")
    int reconcileSample;

    @Option(names = "--source", defaultValue = "api", description = "api (mặc định): giả lập API xuất dữ liệu; opencps: cơ sở dữ liệu"
            + " OpenCPS v2 trên PostgreSQL nhúng, đọc qua hồ sơ cấu hình opencps / api (default): the export API's simulator;"
            + " opencps: an OpenCPS v2 database on embedded PostgreSQL, read through the opencps profile")
    String source;

    @Mixin
    SharedOptions.Lang language;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() throws IOException {
        String busy = DemoSettings.inUse(DEMO_DATA);
        if (busy != null) {
            Boot.ERR.println(busy);
            return Cli.CONFIG_ERROR;
        }
        deleteDemoLedger();
        String key = DemoKey.ensure(DEMO_DATA);
        boolean opencps = DemoSource.opencps(source);
        // OpenCPS keeps no ID token: a data set with session tokens signs ten times fewer while the database fills
        DemoData data = opencps ? new DemoData(DemoData.HOA_BINH_SEED, dossiers, true) : DemoData.hoaBinh(dossiers);
        signTokensAhead(data);
        try (Simulators sims = Simulators.start(data, 0, 0);
             DemoSource from = DemoSource.start(source, data, sims, language.english(), !output.json);
             ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, from.settings(Map.of(
                     "adapter.portal.url", sims.portal().url().toString(),
                     "adapter.sso.jwks-url", sims.portal().url() + "/sso/jwks",
                     "adapter.sso.issuer", data.ssoIssuer(),
                     "adapter.sso.audience", data.ssoAudience(),
                     "adapter.ledger.encryption.key", key, "adapter.ledger.encryption.key-id", DemoKey.KEY_ID,
                     "adapter.cli.progress", Boot.progress(output.json))), "demo")) {
            RunSummary summary = ctx.getBean(SyncService.class).runOnce();
            SyncCommand.print(ctx, summary, output.json, language.english());
            ComplianceReport report = ctx.getBean(ComplianceService.class).report(PERIOD_FROM, data.until().minusDays(1));
            List<Path> files = ComplianceFiles.write(report, REPORTS, ctx.getBean(ObjectMapper.class));
            if (!output.json) {
                boolean english = language.english();
                Boot.OUT.println((english ? "The portal now holds " : "Cổng DVCQG (giả lập) đang giữ ")
                        + String.format(SummaryPrinter.locale(english), "%,d", sims.portal().dossiers().size())
                        + (english ? " dossiers." : " hồ sơ."));
                Boot.OUT.println();
                Boot.OUT.println(ComplianceFiles.provinceSummary(report, english));
                Boot.OUT.println(ComplianceFiles.nationalForecast(report, english));
                Boot.OUT.println(english ? "Reports:" : "Báo cáo:");
                files.forEach(f -> Boot.OUT.println("  " + f));
            }
            reconcileASample(ctx, sims);
            // what the portal holds now, for `simulate --demo`: the commands printed below go on from here
            PortalSnapshot.of(sims.portal(), data).write(DemoSettings.PORTAL);
            if (!output.json) {
                Boot.OUT.println();
                Boot.OUT.print(FollowUp.text(language.english(), PERIOD_FROM, data.until().minusDays(1)));
                if (opencps) {
                    Boot.OUT.println(language.english()
                            ? "(The OpenCPS database stops with the demo: `simulate --demo` serves the same data through the export API's simulator.)"
                            : "(Cơ sở dữ liệu OpenCPS dừng cùng buổi chạy thử: `simulate --demo` phục vụ cùng dữ liệu qua giả lập API xuất dữ liệu.)");
                }
            }
            return Cli.OK;
        }
    }

    /**
     * Signs the data set's ID tokens (~1.5 ms of RSA each, ~9,000 for the 20,000 demo dossiers) on one
     * background thread from the start, while Spring and Camel start: the source simulator then
     * serves most pages from its cache instead of signing them while the adapter waits. The tokens
     * are the same ones, signed earlier (the simulator's cache is keyed by dossier).
     */
    private static void signTokensAhead(DemoData data) {
        Thread signer = new Thread(() -> data.presign(1), "demo-presign");
        signer.setDaemon(true);
        signer.start();
    }

    /** The demo's last step: the portal (made to drift with --lose/--stale) read back for a sample, and repaired. */
    private void reconcileASample(ConfigurableApplicationContext ctx, Simulators sims) {
        if (lose + stale > 0) {
            sims.portal().drift(lose, stale, 2025);
        }
        ReconcileResult r = ctx.getBean(ReconcileService.class).reconcile(new ReconcileRequest(null, null, null,
                reconcileSample, 2025L, true, "demo"));
        if (!output.json) {
            Boot.OUT.println();
            Boot.OUT.print(ReconcileCommand.human(r, language.english()));
        }
    }

    /** The demo starts from an empty ledger: its portal simulator starts empty too. */
    private static void deleteDemoLedger() throws IOException {
        if (Files.exists(DEMO_DATA)) {
            try (Stream<Path> files = Files.walk(DEMO_DATA)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
