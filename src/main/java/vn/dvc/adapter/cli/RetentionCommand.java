package vn.dvc.adapter.cli;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvc.adapter.ledger.Retention;
import vn.dvc.adapter.ledger.Transfers;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.RetentionSettings;

@Command(name = "retention", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / configuration error, or the ledger is in use by `serve`"},
         description = {"Xoá dữ liệu đã quá hạn lưu; không bao giờ xoá số liệu báo cáo.",
             "Delete what is past its retention; never the facts the reports count.",
             "Nội dung hồ sơ, sự kiện và nhật ký cũ hơn các hạn của adapter.retention.",
             "Payloads, events and audit lines older than the ages of adapter.retention."})
class RetentionCommand extends LedgerCommand {

    @Mixin
    SharedOptions.DryRun trial;

    @Mixin
    SharedOptions.Lang language;

    @Override
    String[] settings() {
        return new String[] {"adapter.retention."};
    }

    @Override
    int run(ConfigurableApplicationContext ctx) {
        RetentionSettings ages = ctx.getBean(AdapterProperties.class).retention();
        Retention.Result r = ctx.getBean(Retention.class).run(ages, Transfers.now(), trial.dryRun, Duration.ofSeconds(30), Boot.actor());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("dryRun", r.dryRun());
        out.put("payloads", r.payloads());
        out.put("events", r.events());
        out.put("adminAudit", r.adminAudit());
        out.put("replayAudit", r.replayAudit());
        if (output.json) {
            Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), out));
        } else {
            boolean en = language.english();
            Boot.OUT.printf(SummaryPrinter.locale(en), en ? "%s: payloads %,d (older than %,d days), events %,d (%,d),"
                    + " audit lines %,d (%,d)%n" : "%s: nội dung hồ sơ %,d (cũ hơn %,d ngày), sự kiện %,d (%,d), nhật ký %,d (%,d)%n",
                    trial.dryRun ? (en ? "Would delete" : "Sẽ xoá") : (en ? "Deleted" : "Đã xoá"), r.payloads(),
                    ages.payloads().toDays(), r.events(), ages.events().toDays(), r.adminAudit() + r.replayAudit(),
                    ages.audit().toDays());
        }
        return Cli.OK;
    }
}
