package vn.dvc.adapter.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.ledger.KeyRotation;

@Command(name = "keys", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "2:tuỳ chọn sai / bad option"},
         description = {"Khoá mã hoá dữ liệu công dân trong sổ cái.", "The ledger's encryption key."}, subcommands = KeysCommand.Rotate.class)
class KeysCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, Boot.OUT);
    }

    @Command(name = "rotate", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình (khoá thiếu, sai, hoặc một khoá cũ không được khai) / configuration error (key missing, wrong, or an older key not listed)"},
         description = {"Mã hoá lại mọi dòng của sổ cái bằng khoá hiện tại (adapter.ledger.encryption.key, key-id);"
                 + " khoá cũ khai ở adapter.ledger.encryption.previous-keys.<id>. Theo lô, chạy lại được, ghi nhật ký, giữ khoá sổ cái.",
            "Seal every ledger row again under the current key; older keys in adapter.ledger.encryption.previous-keys.<id>."
                 + " In batches, resumable, audited, holding the ledger's lease."})
    static class Rotate extends LedgerCommand {

        @Option(names = "--batch-size", defaultValue = "500", description = "dòng mỗi lô (mặc định ${DEFAULT-VALUE}) / rows a batch (default ${DEFAULT-VALUE})")
        int batchSize;

        @Mixin
        SharedOptions.DryRun trial;

        @Mixin
        SharedOptions.Lang language;

        @Override
        String[] settings() {
            return new String[] {"adapter.ledger."};
        }

        @Override
        int run(ConfigurableApplicationContext ctx) {
            KeyRotation rotation = ctx.getBean(KeyRotation.class);
            Map<String, Long> counts = trial.dryRun ? rotation.pending()
                    : rotation.rotate(Math.max(1, batchSize), Duration.ofSeconds(30), Boot.actor());
            if (output.json) {
                Boot.OUT.println(SummaryPrinter.json(ctx.getBean(ObjectMapper.class), Map.of("dryRun", trial.dryRun, "resealed", counts)));
            } else {
                boolean en = language.english();
                Boot.OUT.println(trial.dryRun ? (en ? "Not yet under the current key:" : "Chưa theo khoá hiện tại:")
                        : (en ? "Sealed again:" : "Đã mã hoá lại:"));
                counts.forEach((column, n) -> Boot.OUT.printf(SummaryPrinter.locale(en), "  %-30s %,d%n", column, n));
            }
            return Cli.OK;
        }
    }
}
