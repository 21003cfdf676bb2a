package vn.dvc.adapter.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileResult;
import vn.dvc.adapter.reconcile.ReconcileService;
import vn.dvc.adapter.sync.RunNotes;

@Command(name = "reconcile", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {
        "0:không còn hồ sơ lệch / no drift left", "1:lỗi không mong đợi / unexpected error",
        "2:tùy chọn hoặc cấu hình sai, hoặc sổ cái đang được `serve` dùng / bad option or configuration, or the ledger is in use by `serve`",
        "3:còn hồ sơ lệch hoặc có lượt đọc lỗi / drift remains or reads failed"},
        description = {
        "Đọc lại hồ sơ từ Cổng DVCQG (TraCuuHoSo) và so với sổ cái.",
        "Read dossiers back from the portal and compare them with the ledger.",
        "Exit 0: không còn lệch / no drift left; 3: còn lệch hoặc có lượt đọc lỗi / drift remains or reads failed;"
                + " 2: tùy chọn sai / bad option."})
class ReconcileCommand implements Callable<Integer> {

    @Option(names = "--since", description = "hồ sơ thay đổi ở nguồn từ ngày (yyyy-MM-dd) / dossiers changed at the source since (yyyy-MM-dd)")
    LocalDate since;

    @Option(names = "--agency", description = "mã đơn vị (MaDonVi) / an agency's code (MaDonVi)")
    String agency;

    @Option(names = "--ids", split = ",", description = "các MaHoSo, cách nhau bởi dấu phẩy / MaHoSo codes, comma-separated")
    List<String> ids;

    @Option(names = "--sample", description = "một mẫu ngẫu nhiên N hồ sơ trong số sổ cái ghi là Cổng đang giữ / a random sample of N of the dossiers the ledger says the portal holds")
    Integer sample;

    @Option(names = "--seed", description = "hạt giống của mẫu, để rút lại đúng mẫu đó / the sample's seed, to draw the same sample again")
    Long seed;

    @Option(names = "--repair", description = "gửi lại hồ sơ MISSING và STALE qua đúng luồng kiểm tra và gửi / send MISSING and STALE dossiers again through the same checks and push")
    boolean repair;

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.Lang language;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() {
        ReconcileRequest request = new ReconcileRequest(since, agency, ids, sample, seed, repair,
                System.getProperty("user.name") + "@cli");
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            problems.forEach(p -> Boot.ERR.println("Tùy chọn sai / bad option: " + p));
            return Cli.CONFIG_ERROR;
        }
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE,
                Map.of("adapter.cli.progress", Boot.progress(output.json)))) {
            ReconcileResult r = ctx.getBean(ReconcileService.class).reconcile(request);
            if ("bar".equals(Boot.progress(output.json))) {
                Boot.ERR.println();
            }
            Boot.OUT.println(output.json ? SummaryPrinter.json(ctx.getBean(ObjectMapper.class), asJson(r))
                    : human(r, language.english()) + failure(r, ctx.getBean(RunNotes.class), language.english()));
            return exitCode(r);
        }
    }

    static int exitCode(ReconcileResult r) {
        return r.clean() ? Cli.OK : Cli.RETRY_LATER;
    }

    static Map<String, Object> asJson(ReconcileResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("run", r.run());
        out.put("checked", r.checked());
        out.put("match", r.match());
        out.put("missing", r.missing());
        out.put("stale", r.stale());
        out.put("unreadable", r.unreadable());
        out.put("repaired", r.repaired());
        out.put("durationMs", r.durationMs());
        if (r.estimate() != null) {
            out.put("population", r.estimate().population());
            out.put("driftShare", Double.isNaN(r.estimate().share()) ? null : r.estimate().share());   // null: nothing read
            out.put("ci95", List.of(r.estimate().low(), r.estimate().high()));
        }
        return out;
    }

    static String human(ReconcileResult r, boolean en) {
        java.util.Locale locale = SummaryPrinter.locale(en);
        StringBuilder out = new StringBuilder(String.format(locale, en
                        ? "Reconcile %d: %,d read back in %.1f s%n  match       %,d%n  missing     %,d  (the portal does not hold it)%n"
                        + "  stale       %,d  (the portal holds other content)%n  unreadable  %,d  (the read failed; not drift)%n"
                        + "  repaired    %,d%n"
                        : "Đối soát %d: đã đọc lại %,d hồ sơ trong %.1f giây%n  khớp           %,d%n"
                        + "  thiếu          %,d  (Cổng DVCQG không giữ)%n  lệch           %,d  (Cổng giữ nội dung khác)%n"
                        + "  không đọc được %,d  (lỗi đọc; không tính là lệch)%n  đã gửi lại     %,d%n",
                r.run(), r.checked(), r.durationMs() / 1000.0, r.match(), r.missing(), r.stale(), r.unreadable(), r.repaired()));
        if (r.portalHoldsNone()) {
            // not drift to estimate: most likely another portal than the one these were sent to
            out.append(en ? "  the portal holds none of the dossiers read back: is it the portal they were sent to? (a new"
                            + " `simulate` holds none of the demo's; `simulate --demo` holds what the demo sent)\n"
                    : "  Cổng DVCQG không giữ hồ sơ nào trong số đã đọc lại: đây có phải Cổng đã nhận các hồ sơ này? (một"
                            + " `simulate` mới không giữ hồ sơ nào của buổi chạy thử; `simulate --demo` giữ những gì buổi chạy thử đã gửi)\n");
        } else if (r.estimate() != null && !Double.isNaN(r.estimate().share())) {
            out.append(String.format(locale, en
                            ? "  estimate    %.2f%% of %,d dossiers drifted (95%% interval %.2f%%–%.2f%%), about %,d%n"
                            : "  ước tính       %.2f%% trong %,d hồ sơ bị lệch (khoảng tin cậy 95%%: %.2f%%–%.2f%%), khoảng %,d hồ sơ%n",
                    r.estimate().share() * 100, r.estimate().population(), r.estimate().low() * 100,
                    r.estimate().high() * 100, r.estimate().dossiers()));
        }
        r.drift().stream().limit(20).forEach(f -> out.append("  ").append(f.result()).append(' ').append(f.target().maHoSo())
                .append(f.detail() == null ? "" : ": " + f.detail()).append(String.format("%n")));
        if (r.drift().size() > 20) {
            out.append(en ? "  … and " : "  … và ").append(r.drift().size() - 20).append(String.format(en ? " more%n" : " hồ sơ nữa%n"));
        }
        r.files().forEach(f -> out.append(en ? "  drift list: " : "  danh sách lệch: ").append(f).append(String.format("%n")));
        return out.toString();
    }

    /** Why a reconcile stopped, in words, and what the dossiers it had marked now wait for; empty when it did not. */
    static String failure(ReconcileResult r, RunNotes notes, boolean en) {
        if (r.failure() == null) {
            return "";
        }
        return (en ? "  the reconcile stopped: " : "  đối soát dừng giữa chừng: ") + notes.text(r.failure(), en)
                + (r.repairRun() == null ? "" : en
                ? "\n  the drift not repaired stays FAILED (RECONCILE_MISSING, RECONCILE_STALE): `replay --failed` or"
                        + " `reconcile --repair` sends it again\n"
                : "\n  hồ sơ lệch chưa gửi lại được ở trạng thái lỗi (RECONCILE_MISSING, RECONCILE_STALE): gửi lại bằng"
                        + " `replay --failed` hoặc `reconcile --repair`\n");
    }
}
