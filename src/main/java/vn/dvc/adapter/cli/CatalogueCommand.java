package vn.dvc.adapter.cli;

import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.camel.ProducerTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import vn.dvc.adapter.catalogue.CatalogueRefresh;

@Command(name = "catalogue", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "2:tuỳ chọn sai / bad option"},
         description = {"Danh mục thủ tục hành chính.", "The procedure catalogue."}, subcommands = CatalogueCommand.Refresh.class)
class CatalogueCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, Boot.OUT);
    }

    @Command(name = "refresh", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "1:lỗi không mong đợi / unexpected error", "2:lỗi cấu hình, hoặc sổ cái đang được `serve` dùng / configuration error, or the ledger is in use by `serve`",
            "3:Cổng DVCQG hoặc sổ cái không truy cập được, thử lại sau / the portal or the ledger cannot be reached, try again later"},
         description = {"Tải lại danh mục TTHC của tỉnh và của Cổng DVCQG; giải phóng hồ sơ đang giữ.",
            "Reload the province's and DVCQG's procedure lists; release held dossiers."})
    static class Refresh implements Callable<Integer> {

        @Mixin
        SharedOptions.SpringArgs spring;

        @Mixin
        SharedOptions.Lang language;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Map.of())) {
                var r = ctx.getBean(ProducerTemplate.class).requestBody("direct:catalogue-refresh", null, CatalogueRefresh.Result.class);
                boolean en = language.english();
                Boot.OUT.printf(SummaryPrinter.locale(en), en
                        ? "Catalogue: %,d agencies, %,d of the province's procedures, %,d on DVCQG; %,d held dossiers released"
                                + " (sent by the next sync)%n"
                        : "Danh mục: %,d đơn vị, %,d thủ tục của tỉnh, %,d thủ tục trên DVCQG; %,d hồ sơ được giải phóng"
                                + " (sẽ gửi ở lượt đồng bộ sau)%n", r.agencies(), r.local(), r.national(), r.released());
                return Cli.OK;
            }
        }
    }
}
