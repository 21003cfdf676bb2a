package vn.dvc.adapter.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import vn.dvc.adapter.replay.ReplayRequest;
import vn.dvc.adapter.replay.ReplayResult;
import vn.dvc.adapter.replay.ReplayService;

@Command(name = "replay", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong, không hồ sơ nào lỗi lại / done, none failed again", "1:lỗi không mong đợi / unexpected error", "2:tuỳ chọn sai, lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / bad option, configuration error, or the ledger is in use by `serve`", "3:có hồ sơ lỗi lại / some failed again"},
         description = {"Gửi lại hồ sơ lỗi qua đúng luồng kiểm tra và gửi của lượt đồng bộ; có ghi nhật ký.",
        "Replay failed transfers through the sync's own checks and push; audited."})
class ReplayCommand implements Callable<Integer> {

    @Option(names = "--id", description = "MaHoSo cần gửi lại (lặp lại được) / a MaHoSo to send again (repeatable)")
    List<String> ids;

    @Option(names = "--failed", description = "mọi hồ sơ lỗi (FAILED, REJECTED, HELD) khớp bộ lọc / every failed dossier (FAILED, REJECTED, HELD) the filters match")
    boolean failed;

    @Option(names = "--agency", description = "mã đơn vị (MaDonVi) / an agency's code (MaDonVi)")
    String agency;

    @Option(names = "--error", description = "lớp lỗi (TRANSIENT, PERMANENT, HELD) hoặc mã lỗi (HTTP_503, PORTAL_-1...) / an error class or code")
    String error;

    @Option(names = "--since", description = "lỗi gần nhất từ ngày (yyyy-MM-dd) / last failed since (yyyy-MM-dd)")
    LocalDate since;

    @Mixin
    SharedOptions.DryRun trial;

    @Option(names = "--force", description = "gồm cả hồ sơ đã để riêng chờ người xem xét / also the dossiers set aside for a person")
    boolean force;

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.Lang language;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Boot.refuseUnknownOptions(spring.args);   // a mistyped option first: "--faild" is why --failed is missing
        if ((ids == null || ids.isEmpty()) && !failed) {
            // picocli prints it with the usage and exits 2, as for any other bad option
            throw new ParameterException(spec.commandLine(), "Lỗi tham số: cần --id <MaHoSo> hoặc --failed để biết gửi lại hồ sơ nào"
                    + " / bad option: give --id <MaHoSo> or --failed, to say which dossiers to replay");
        }
        ReplayRequest request = new ReplayRequest(ids, failed, agency, error, since, trial.dryRun, force);
        // a dry run only reads the ledger (and audits itself there): no Camel, no portal settings
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, trial.dryRun ? Boot.LEDGER_ONLY : Map.of())) {
            String actor = System.getProperty("user.name") + "@cli";
            ReplayResult r = ctx.getBean(ReplayService.class).replay(request, actor);
            if (output.json) {
                Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), r));
            } else {
                Boot.OUT.print(human(r, language.english()));
                if (r.dryRun()) {
                    r.ids().stream().limit(SHOWN).forEach(id -> Boot.OUT.println("  " + id));
                    if (r.ids().size() > SHOWN) {   // as reconcile says it: a list cut without a word read as the whole
                        Boot.OUT.println(String.format(SummaryPrinter.locale(language.english()), language.english()
                                ? "  … and %,d more (--json lists them all)" : "  … và %,d hồ sơ nữa (--json liệt kê đủ)",
                                r.ids().size() - SHOWN));
                    }
                }
            }
            return r.failed() > 0 ? Cli.RETRY_LATER : Cli.OK;
        }
    }

    /** The dossiers a dry run lists on a terminal. */
    private static final int SHOWN = 50;

    /** What the replay did, for a person; what it read again from the source only when it did. */
    static String human(ReplayResult r, boolean english) {
        java.util.Locale locale = SummaryPrinter.locale(english);
        String line = english
                ? String.format(locale, "%s (audit #%d): %,d matched, %,d sent, %,d failed again, %,d rejected, %,d still held,"
                        + " %,d skipped, %,d set aside for a person%n", r.dryRun() ? "Dry run" : "Replayed", r.auditId(), r.matched(),
                        r.sent(), r.failed(), r.rejected(), r.held(), r.skipped(), r.setAside())
                : String.format(locale, "%s (nhật ký #%d): %,d khớp, %,d đã gửi, %,d lỗi tạm thời, %,d bị từ chối, %,d vẫn giữ lại,"
                        + " %,d bỏ qua, %,d để riêng chờ người xem xét%n", r.dryRun() ? "Chạy thử" : "Đã phát lại", r.auditId(),
                        r.matched(), r.sent(), r.failed(), r.rejected(), r.held(), r.skipped(), r.setAside());
        if (r.reread() == 0) {
            return line;
        }
        if (r.dryRun()) {
            return line + String.format(locale, english
                    ? "  %,d of them to be read again from the source (the ledger kept no content of them)%n"
                    : "  %,d hồ sơ trong đó sẽ được đọc lại từ nguồn (sổ cái không giữ nội dung)%n", r.reread());
        }
        return line + String.format(locale, english
                ? "  %,d read again from the source: %,d quarantined as the source holds them now, %,d changed at the source"
                        + " since (the next sync run sends their new version)%n"
                : "  %,d hồ sơ đọc lại từ nguồn: %,d bị cách ly theo dữ liệu hiện có ở nguồn, %,d đã đổi ở nguồn"
                        + " (lượt đồng bộ sau sẽ gửi bản mới)%n", r.reread(), r.quarantined(), r.changedAtSource());
    }
}
