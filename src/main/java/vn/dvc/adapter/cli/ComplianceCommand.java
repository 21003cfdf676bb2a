package vn.dvc.adapter.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.compliance.ComplianceFormat;
import vn.dvc.adapter.compliance.ComplianceReport;
import vn.dvc.adapter.compliance.ComplianceService;

@Command(name = "compliance", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:tuỳ chọn sai, lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / bad option, configuration error, or the ledger is in use by `serve`"},
         description = {"Báo cáo chỉ số theo đơn vị và toàn tỉnh từ sổ cái.", "The compliance report, by agency and for the province.",
                 "Tỷ lệ trực tuyến, tích hợp, xác thực điện tử, đồng bộ, đúng hạn, điểm dự kiến theo Quyết định 766 /"
                 + " online share, integration, e-authentication, sync, on time, the Decision 766 forecast."})
class ComplianceCommand implements Callable<Integer> {

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "ngày tiếp nhận đầu kỳ / first day received (yyyy-MM-dd)")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "ngày tiếp nhận cuối kỳ / last day received (yyyy-MM-dd)")
    String to;

    @Option(names = "--format", required = true, paramLabel = "json|csv|html", description = "json, csv (Excel) hoặc html / json, csv (Excel) or html")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "ghi ra tệp thay vì màn hình / write to a file instead of stdout")
    Path out;

    @Mixin
    SharedOptions.Lang language;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() throws IOException {
        // every bad option at once
        java.util.List<String> bad = new java.util.ArrayList<>();
        LocalDate start = date("--from", from, bad);
        LocalDate end = date("--to", to, bad);
        ComplianceFormat rendering = ComplianceFormat.parse(format);
        if (start != null && end != null && start.isAfter(end)) {
            bad.add("--from " + start + " sau --to " + end + " / --from is after --to");
        }
        if (rendering == null) {
            bad.add("--format: '" + format + "' không hợp lệ, dùng json, csv hoặc html / use json, csv or html");
        }
        if (!bad.isEmpty()) {
            return usage(bad);
        }
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            ComplianceReport report = ctx.getBean(ComplianceService.class).report(start, end);
            byte[] bytes = rendering.render(report, language.english(), ctx.getBean(ObjectMapper.class));
            if (out == null) {
                Boot.OUT.write(bytes);
                if (bytes.length > 0 && bytes[bytes.length - 1] != '\n') {
                    Boot.OUT.println();
                }
                Boot.OUT.flush();
            } else {
                try {
                    vn.dvc.adapter.system.OwnerOnly.write(out, bytes);
                } catch (IllegalArgumentException link) {
                    return usage(java.util.List.of("--out: " + link.getMessage()));
                }
                Boot.ERR.println("Đã ghi báo cáo / report written: " + out.toAbsolutePath());
            }
            return Cli.OK;
        }
    }

    /** The date, or null with what is wrong added to {@code bad}. */
    private static LocalDate date(String option, String value, java.util.List<String> bad) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            bad.add(option + ": '" + value + "' không phải ngày dạng yyyy-MM-dd / is not a date (yyyy-MM-dd)");
            return null;
        }
    }

    /** Each bad option on a line of its own, where picocli writes its own: then the exit code of a bad option. */
    private int usage(java.util.List<String> bad) {
        bad.forEach(b -> spec.commandLine().getErr().println("Lỗi tham số / bad option " + b));
        spec.commandLine().getErr().flush();
        return CommandLine.ExitCode.USAGE;
    }
}
