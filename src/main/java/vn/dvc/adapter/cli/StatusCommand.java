package vn.dvc.adapter.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

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
import vn.dvc.adapter.system.ClusterSettings;
import vn.dvc.adapter.system.SourceSettings;

@Command(name = "status", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / configuration error, or the ledger is in use by `serve`"},
         description = {"Số hồ sơ theo trạng thái, mốc đồng bộ, lượt chạy gần nhất và số bước tiến độ có thể bị gửi trùng.",
                 "Transfers by state, the checkpoint, the last run and the progress entries that may be doubled."})
class StatusCommand extends LedgerCommand {

    @Mixin
    SharedOptions.Lang language;

    @Override
    int run(ConfigurableApplicationContext ctx) {
        Map<State, Long> counts = ctx.getBean(TransferReads.class).countByState();
        Checkpoint checkpoint = ctx.getBean(Checkpoints.class).load(ctx.getBean(AdapterProperties.class).sync().initialSince());
        var last = ctx.getBean(Runs.class).last();
        SchedulerInstances.Cluster cluster = ctx.getBean(SchedulerInstances.class).read();
        ProgressInFlight.InDoubt inDoubt = ctx.getBean(ProgressInFlight.class).inDoubt();
        if (output.json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("source", ctx.getBean(AdapterProperties.class).source().describe());
            out.put("transfers", counts);
            out.put("checkpoint", checkpoint.updatedSince().toString());
            out.put("lastRun", last.map(StatusCommand::asJson).orElse(null));
            out.put("cluster", cluster.asJson());
            Map<String, Object> doubt = new LinkedHashMap<>();   // in this order every time, as the rest
            doubt.put("entries", inDoubt.entries());
            doubt.put("dossiers", inDoubt.dossiers());
            out.put("progressInDoubt", doubt);
            Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), out));
        } else {
            SourceSettings source = ctx.getBean(AdapterProperties.class).source();
            Boot.OUT.println((language.english() ? "Source of dossiers: " : "Nguồn hồ sơ: ") + source.describe());
            Boot.OUT.print(human(counts, checkpoint, last.orElse(null), language.english()));
            printCluster(cluster, language.english());
            // entries in flight when a run died: sent again, so a citizen may see one step twice at the portal
            Boot.OUT.printf(SummaryPrinter.locale(language.english()), language.english()
                    ? "Progress entries that may be doubled at the portal: %,d entries of %,d dossiers"
                      + " (in flight when a run stopped abruptly; README \"Progress entries in doubt\")%n"
                    : "Bước tiến độ có thể bị gửi trùng ở Cổng DVCQG: %,d bước ở %,d hồ sơ"
                      + " (đang gửi khi một lượt dừng đột ngột; README \"Progress entries in doubt\")%n",
                    inDoubt.entries(), inDoubt.dossiers());
        }
        return Cli.OK;
    }

    /** Transfers by state, the checkpoint and the last run, in the reader's language and the province's time. */
    static String human(Map<State, Long> counts, Checkpoint checkpoint, Run last, boolean en) {
        java.util.Locale locale = SummaryPrinter.locale(en);
        StringBuilder out = new StringBuilder(en ? "Transfers by state:\n" : "Hồ sơ theo trạng thái:\n");
        counts.forEach((state, n) -> out.append(String.format(locale, "  %-20s %,9d  %s%n", Texts.of(en, "state." + state),
                n, state)));
        out.append(en ? "Checkpoint (the source is read from): " : "Mốc đồng bộ (đọc nguồn từ): ")
                .append(Texts.time(checkpoint.updatedSince(), en)).append('\n');
        out.append(en ? "Last run: " : "Lượt gần nhất: ");
        if (last == null) {
            return out.append(en ? "none yet\n" : "chưa có\n").toString();
        }
        return out.append(String.format(locale, en ? "#%d %s, %s, started %s, read %,d, sent %,d, failed %,d%n"
                        : "#%d %s, %s, bắt đầu %s, đọc %,d, gửi %,d, lỗi %,d%n", last.id(), Texts.of(en, "runKind." + last.kind()),
                Texts.of(en, "runStatus." + last.status()), Texts.time(last.startedAt(), en), last.pulled(), last.sent(),
                last.failed())).toString();
    }

    /** Which instance runs the schedules and when each last checked in (PostgreSQL); one line on H2. */
    private static void printCluster(SchedulerInstances.Cluster cluster, boolean en) {
        String lastBy = cluster.lastRunBy() == null ? "" : (en ? ", last run by " : ", lượt gần nhất do ") + cluster.lastRunBy();
        if (!cluster.shared()) {
            Boot.OUT.println((en ? "Schedules: one instance (H2)" : "Lịch chạy: một phiên bản (H2)") + lastBy);
            return;
        }
        String active = cluster.active() != null ? cluster.active() : en ? "no instance" : "không phiên bản nào";
        Boot.OUT.println((en ? "Shared schedules (PostgreSQL): running on " : "Lịch chạy dùng chung (PostgreSQL): đang chạy trên ")
                + active + lastBy);
        cluster.instances().forEach(i -> Boot.OUT.println("  " + i.id() + (en ? ": last check-in " : ": điểm danh lần cuối ")
                + Texts.time(i.lastCheckin(), en) + (i.alive() ? (en ? ", alive" : ", hoạt động") : (en ? ", silent for over "
                : ", đã im lặng quá ") + i.checkinInterval().plus(ClusterSettings.QUARTZ_GRACE).toSeconds() + " s")
                + (i.running().isEmpty() ? "" : (en ? ", running " : ", đang chạy ") + String.join(", ", i.running()))));
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
