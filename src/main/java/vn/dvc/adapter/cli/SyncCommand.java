package vn.dvc.adapter.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import org.apache.camel.ProducerTemplate;

import vn.dvc.adapter.sync.FactsRefill;
import vn.dvc.adapter.sync.RunNotes;
import vn.dvc.adapter.sync.RunSummary;
import vn.dvc.adapter.sync.SyncService;

@Command(name = "sync", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:mọi hồ sơ đã gửi hoặc bị từ chối vì dữ liệu / all sent or refused for their data", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / configuration error, or the ledger is in use by `serve`", "3:còn hồ sơ chờ gửi lại, hoặc cơ sở dữ liệu của sổ cái hỏng kết nối (một dòng nêu tên và lỗi): chạy lại sau / some transfers wait for a retry, or the ledger's database failed (one line names it and the error): run again later"},
         description = {"Một lượt đồng bộ với các hệ thống đã cấu hình.", "One sync run against the configured systems."})
class SyncCommand implements Callable<Integer> {

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.Lang language;

    @Option(names = "--refill-facts", description = "đọc lại toàn bộ nguồn và điền dữ liệu chỉ số cho sổ cái cũ, không gửi gì"
            + " / re-read the whole source and fill the facts of an older ledger, sending nothing")
    boolean refillFacts;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Map.of("adapter.cli.progress", Boot.progress(output.json)))) {
            if (refillFacts) {
                FactsRefill.Result r = ctx.getBean(ProducerTemplate.class).requestBody("direct:refill-facts", null,
                        FactsRefill.Result.class);
                Boot.OUT.println(output.json ? SummaryPrinter.json(ctx.getBean(ObjectMapper.class), Map.of("pages", r.pages(),
                        "read", r.read(), "updated", r.updated()))
                        : String.format(SummaryPrinter.locale(language.english()), language.english()
                        ? "Facts refilled: %,d ledger rows from %,d records read"
                        : "Đã điền lại dữ liệu chỉ số: %,d dòng sổ cái từ %,d hồ sơ đã đọc", r.updated(), r.read()));
                return Cli.OK;
            }
            RunSummary summary = ctx.getBean(SyncService.class).runOnce();
            print(ctx, summary, output.json, language.english());
            return exitCode(summary);
        }
    }

    static void print(ConfigurableApplicationContext ctx, RunSummary summary, boolean json, boolean english) {
        if ("bar".equals(Boot.progress(json))) {
            Boot.ERR.println();   // end the progress bar's line
        }
        if (json) {
            Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), SummaryPrinter.asJson(summary)));
            return;
        }
        // why a run stopped (an unreachable source, the breaker, SIGTERM), in words: one line, no stack trace
        String why = summary.message() == null ? null : ctx.getBean(RunNotes.class).text(summary.message(), english);
        // a failed run's cause is printed as it was recorded: its words again only when they say more
        String note = why == null || (SummaryPrinter.causeShown(summary) && why.equals(summary.message())) ? ""
                : (english ? "  why         " : "  lý do        ") + why + System.lineSeparator();
        Boot.OUT.println(SummaryPrinter.human(summary, english) + note);
    }

    static int exitCode(RunSummary summary) {
        return summary.complete() ? Cli.OK : Cli.RETRY_LATER;
    }
}
