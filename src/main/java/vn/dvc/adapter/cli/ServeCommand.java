package vn.dvc.adapter.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "serve", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:đã dừng êm / stopped cleanly", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` khác dùng / configuration error, or the ledger is in use by another `serve`"},
         description = {"Chạy đồng bộ theo lịch cho đến khi dừng, với bảng điều khiển và API.",
                 "Runs the sync on its schedule until stopped, with the console and the API.",
                 "Lịch / schedule: adapter.sync.cron. Ctrl-C hoặc SIGTERM để dừng êm / to stop cleanly."})
class ServeCommand implements Callable<Integer> {

    @Mixin
    SharedOptions.SpringArgs spring;

    /** Where a person opens the console and a machine finds the API, on this host's port. */
    static String addresses(String port, String contextPath) {
        String base = "http://localhost:" + port + contextPath.replaceAll("/+$", "");
        return "Bảng điều khiển / console: " + base + "/  (English: " + base + "/?lang=en)\n"
                + "API: " + base + "/api  ·  OpenAPI: " + base + "/swagger-ui.html  ·  health: " + base + "/actuator/health";
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.SERVLET,
                Map.of("adapter.sync.scheduled", "true"));
        ctx.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                closed.countDown();
            }
        });
        Boot.ERR.println("Đang chạy theo lịch " + ctx.getEnvironment().getProperty("adapter.sync.cron")
                + "; Ctrl-C để dừng.");
        Boot.OUT.println(addresses(ctx.getEnvironment().getProperty("local.server.port"),
                ctx.getEnvironment().getProperty("server.servlet.context-path", "")));
        closed.await();
        return Cli.OK;
    }
}
