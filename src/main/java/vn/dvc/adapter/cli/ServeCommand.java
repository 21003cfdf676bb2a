package vn.dvc.adapter.cli;

import java.time.Duration;
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
         footer = "%nKhi cơ sở dữ liệu của sổ cái mất kết nối, serve không thoát: chờ nó trở lại rồi chạy tiếp. / When the ledger's database is away, serve does not exit: it waits for it and goes on.",
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

    /** The longest wait between two tries to start while the ledger's database is away. */
    static final Duration MAX_WAIT = Duration.ofSeconds(30);

    /**
     * Starts serve's context; while the ledger's database cannot be reached, says so in one line and
     * tries again (1 s, doubling up to {@link #MAX_WAIT}) instead of exiting: under systemd an exit
     * would restart it into a loop for as long as the outage lasts. A ledger held by another process,
     * a wrong password or a bad setting still exit at once.
     */
    private ConfigurableApplicationContext start(Map<String, Object> settings) throws InterruptedException {
        for (Duration wait = Duration.ofSeconds(1); ; wait = wait.multipliedBy(2).compareTo(MAX_WAIT) > 0 ? MAX_WAIT
                : wait.multipliedBy(2)) {
            try {
                return Boot.context(spring.args, WebApplicationType.SERVLET, settings);
            } catch (RuntimeException e) {
                if (!Boot.ledgerUnreachable(e)) {
                    throw e;
                }
                Boot.ERR.println(Boot.ledgerLine(e) + "; thử lại sau " + wait.toSeconds() + " s / trying again in "
                        + wait.toSeconds() + " s");
                Thread.sleep(wait.toMillis());
            }
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        ConfigurableApplicationContext ctx = start(Map.of("adapter.sync.scheduled", "true"));
        ctx.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                // a stop (SIGTERM, Ctrl-C) is told, as the start is: it ended without a word
                Boot.ERR.println("serve đã dừng / serve stopped");
                closed.countDown();
            }
        });
        Boot.ERR.println("Đang chạy theo lịch " + ctx.getEnvironment().getProperty("adapter.sync.cron")
                + "; Ctrl-C để dừng. / Running on the schedule " + ctx.getEnvironment().getProperty("adapter.sync.cron")
                + "; Ctrl-C to stop.");
        Boot.OUT.println(addresses(ctx.getEnvironment().getProperty("local.server.port"),
                ctx.getEnvironment().getProperty("server.servlet.context-path", "")));
        closed.await();
        return Cli.OK;
    }
}
