package vn.dvc.adapter.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.ledger.Backup;
import vn.dvc.adapter.system.AdapterProperties;

@Command(name = "backup", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:đã ghi bản sao / copy written", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, sổ cái không phải H2, hoặc đang được `serve` dùng (khi đó: POST /api/backup) / configuration error, not an H2 ledger, or in use by `serve` (then: POST /api/backup)"},
         description = {"Ghi một bản sao nhất quán của sổ cái H2.", "Write a consistent copy of the H2 ledger.",
             "Thư mục / folder: adapter.ledger.backup-dir. Khi `serve` đang chạy, serve giữ tệp: gọi POST /api/backup"
                 + " (ADMIN) của nó / while `serve` runs it holds the file: call its POST /api/backup (ADMIN). PostgreSQL: pg_dump."})
class BackupCommand implements Callable<Integer> {

    @Option(names = "--to", description = "thư mục ghi bản sao / folder of the copy (mặc định adapter.ledger.backup-dir)")
    Path to;

    @Mixin
    SharedOptions.Json output;

    @Mixin
    SharedOptions.Lang language;

    @Mixin
    SharedOptions.SpringArgs spring;

    @Override
    public Integer call() {
        ConfigurableApplicationContext ctx;
        try {
            ctx = Boot.context(spring.args, WebApplicationType.NONE, Boot.LEDGER_ONLY);
        } catch (RuntimeException e) {
            if (!LedgerInUse.isCause(e)) {
                throw e;
            }
            Boot.ERR.println(inUse());
            return Cli.CONFIG_ERROR;
        }
        try (ctx) {
            Path dir = to != null ? to : ctx.getBean(AdapterProperties.class).ledger().backupDir();
            Backup.Written w;
            try {
                w = ctx.getBean(Backup.class).write(dir, Boot.actor());
            } catch (IllegalStateException notH2) {
                Boot.ERR.println(notH2.getMessage());
                return Cli.CONFIG_ERROR;
            }
            Boot.OUT.println(output.json ? SummaryPrinter.json(ctx.getBean(ObjectMapper.class), Map.of("file", w.file().toString(),
                    "bytes", w.bytes())) : String.format(SummaryPrinter.locale(language.english()), language.english()
                    ? "Copy written: %s (%,d bytes)" : "Đã ghi bản sao: %s (%,d byte)", w.file(), w.bytes()));
            return Cli.OK;
        }
    }

    static String inUse() {
        return "Sổ cái H2 đang được `serve` giữ: yêu cầu serve ghi bản sao, ví dụ"
                + " curl -u admin -X POST http://localhost:8080/api/backup (vai trò ADMIN; cổng của serve: server.port, mặc định 8080)."
                + " / The H2 ledger is held by a running `serve`: ask it for the copy,"
                + " e.g. curl -u admin -X POST http://localhost:8080/api/backup (ADMIN role; serve's port: server.port, 8080 by default).";
    }
}
