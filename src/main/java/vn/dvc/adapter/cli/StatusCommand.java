package vn.dvc.adapter.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvc.adapter.ledger.Checkpoint;
import vn.dvc.adapter.ledger.Checkpoints;
import vn.dvc.adapter.ledger.ProgressInFlight;
import vn.dvc.adapter.ledger.Run;
import vn.dvc.adapter.ledger.Runs;
import vn.dvc.adapter.ledger.SchedulerInstances;
import vn.dvc.adapter.ledger.State;
import vn.dvc.adapter.ledger.TransferReads;
import vn.dvc.adapter.system.AdapterProperties;

@Command(name = "status", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / configuration error, or the ledger is in use by `serve`"},
         description = "Số hồ sơ theo trạng thái, mốc đồng bộ, lượt chạy gần nhất và số bước tiến độ có thể bị gửi trùng.")
class StatusCommand implements Callable<Integer> {

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() {
        try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Boot.LEDGER_ONLY)) {
            Map<State, Long> counts = ctx.getBean(TransferReads.class).countByState();
            Checkpoint checkpoint = ctx.getBean(Checkpoints.class).load(ctx.getBean(AdapterProperties.class).sync().initialSince());
            var last = ctx.getBean(Runs.class).last();
            SchedulerInstances.Cluster cluster = ctx.getBean(SchedulerInstances.class).read();
            ProgressInFlight.InDoubt inDoubt = ctx.getBean(ProgressInFlight.class).inDoubt();
            if (output.json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("transfers", counts);
                out.put("checkpoint", checkpoint.updatedSince().toString());
                out.put("lastRun", last.map(StatusCommand::asJson).orElse(null));
                out.put("cluster", cluster.asJson());
                out.put("progressInDoubt", Map.of("entries", inDoubt.entries(), "dossiers", inDoubt.dossiers()));
                Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), out));
            } else {
                Boot.OUT.println("Hồ sơ theo trạng thái:");
                counts.forEach((state, n) -> Boot.OUT.printf(SummaryPrinter.VI, "  %-12s %,d%n", state, n));
                Boot.OUT.println("Mốc đồng bộ: " + checkpoint.updatedSince());
                Boot.OUT.println("Lượt gần nhất: " + last.map(r -> "#" + r.id() + " " + r.status() + ", bắt đầu " + r.startedAt()
                        + String.format(SummaryPrinter.VI, ", đọc %,d, gửi %,d, lỗi %,d", r.pulled(), r.sent(), r.failed())).orElse("chưa có"));
                printCluster(cluster);
                // entries in flight when a run died: sent again, so a citizen may see one step twice at the portal
                Boot.OUT.printf(SummaryPrinter.VI, "Bước tiến độ có thể bị gửi trùng ở Cổng DVCQG: %,d bước ở %,d hồ sơ"
                        + " (đang gửi khi một lượt dừng đột ngột; README \"Khi cơ sở dữ liệu của sổ cái mất kết nối\")%n",
                        inDoubt.entries(), inDoubt.dossiers());
            }
            return Cli.OK;
        }
    }

    /** Which instance runs the schedules and when each last checked in (PostgreSQL); one line on H2. */
    private static void printCluster(SchedulerInstances.Cluster cluster) {
        if (!cluster.shared()) {
            Boot.OUT.println("Lịch chạy: một phiên bản (H2)" + (cluster.lastRunBy() == null ? "" : ", lượt gần nhất do " + cluster.lastRunBy()));
            return;
        }
        Boot.OUT.println("Lịch chạy dùng chung (PostgreSQL): đang chạy trên " + (cluster.active() == null ? "không phiên bản nào" : cluster.active())
                + (cluster.lastRunBy() == null ? "" : ", lượt gần nhất do " + cluster.lastRunBy()));
        cluster.instances().forEach(i -> Boot.OUT.println("  " + i.id() + ": điểm danh lần cuối " + i.lastCheckin()
                + (i.alive() ? ", hoạt động" : ", đã im lặng quá " + i.checkinInterval().plus(
                        vn.dvc.adapter.system.AdapterProperties.Cluster.QUARTZ_GRACE).toSeconds() + " s")
                + (i.running().isEmpty() ? "" : ", đang chạy " + String.join(", ", i.running()))));
    }

    private static Map<String, Object> asJson(Run r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("status", r.status());
        out.put("startedAt", r.startedAt().toString());
        out.put("finishedAt", r.finishedAt() == null ? null : r.finishedAt().toString());
        out.put("pulled", r.pulled());
        out.put("sent", r.sent());
        out.put("unchanged", r.unchanged());
        out.put("quarantined", r.quarantined());
        out.put("failed", r.failed());
        out.put("rejected", r.rejected());
        out.put("message", r.message());
        return out;
    }
}
