package vn.dvc.adapter.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import vn.dvc.adapter.admin.FieldMasker;
import vn.dvc.adapter.checks.Checked;
import vn.dvc.adapter.checks.DossierMapper;
import vn.dvc.adapter.checks.EAuthVerifier;
import vn.dvc.adapter.source.database.DatabaseSource;
import vn.dvc.adapter.source.database.SourceCheck;
import vn.dvc.adapter.source.database.SourceUnavailable;
import vn.dvc.adapter.system.AdapterProperties;
import vn.dvc.adapter.system.ConfigurationError;
import vn.dvc.adapter.system.JsonText;
import vn.dvc.adapter.system.SourceSettings;

@Command(name = "source", exitCodeListHeading = Cli.EXIT_CODES, exitCodeList = {"0:xong / done", "2:tuỳ chọn sai / bad option"},
         description = {"Nguồn hồ sơ: cơ sở dữ liệu của Hệ thống một cửa.", "The source: the one-stop system's database."},
         subcommands = SourceCommand.Check.class)
class SourceCommand implements Runnable {

    @Override
    public void run() {
        picocli.CommandLine.usage(this, Boot.OUT);
    }

    @Command(name = "check", exitCodeListHeading = Cli.EXIT_CODES,
             exitCodeList = {"0:đọc và ánh xạ được mọi hồ sơ đã xem / every dossier looked at reads and maps",
                 "2:cấu hình sai, không kết nối được, hoặc thiếu bảng/cột / wrong settings, no connection, or tables/columns missing",
                 "3:có hồ sơ sẽ bị từ chối / some dossiers would be refused"},
             description = {"Kiểm tra nguồn cơ sở dữ liệu trước khi đồng bộ: kết nối theo hồ sơ cấu hình (profile), nêu mọi bảng và cột"
                     + " còn thiếu, đọc N hồ sơ gần nhất và cho thấy nội dung sẽ gửi (đã che như với VIEWER) và hồ sơ nào sẽ bị từ chối."
                     + " Không ghi sổ cái, không gửi gì.",
                 "Check a database source before the first sync: connect with the profile, name every missing table and column,"
                     + " read the N most recent dossiers and show what would be sent (masked as for a VIEWER) and what the checks would"
                     + " refuse. Writes no ledger, sends nothing."})
    static class Check implements Callable<Integer> {

        @Option(names = "--limit", defaultValue = "10", description = "số hồ sơ gần nhất sẽ đọc (1..1000) / dossiers to read")
        int limit;

        @Mixin
        SharedOptions.Json output;

        @Mixin
        SharedOptions.Lang language;

        @Mixin
        SharedOptions.SpringArgs spring;

        @Override
        public Integer call() {
            if (limit < 1 || limit > 1000) {
                throw new ConfigurationError("--limit must be 1..1000, is " + limit);
            }
            try (ConfigurableApplicationContext ctx = Boot.context(spring.args, WebApplicationType.NONE, Boot.SOURCE_ONLY)) {
                AdapterProperties props = ctx.getBean(AdapterProperties.class);
                List<String> problems = new ArrayList<>();
                props.source().problems(problems);
                if (!props.source().fromDatabase()) {
                    problems.add("adapter.source.kind phải là database để chạy `source check`, đang là " + props.source().kind()
                            + " / must be database for `source check`, is " + props.source().kind());
                }
                if (!problems.isEmpty()) {
                    throw new ConfigurationError(problems);
                }
                ObjectMapper json = JsonMapper.builder().build();
                DatabaseSource source = new DatabaseSource(props, json);
                try {
                    source.afterPropertiesSet();
                    SourceCheck.Report report = SourceCheck.run(source, new DossierMapper(json, new EAuthVerifier(props), props), limit,
                            props.source().pageSize());
                    Boot.OUT.println(output.json ? SummaryPrinter.json(json, asJson(report, json))
                            : human(report, props.source(), language.english()));
                    return !report.missing().isEmpty() ? Cli.CONFIG_ERROR : report.refused() > 0 ? Cli.RETRY_LATER : Cli.OK;
                } catch (SourceUnavailable e) {
                    Boot.ERR.println("Lỗi / error: " + e.getMessage());
                    return Cli.CONFIG_ERROR;
                } finally {
                    source.destroy();
                }
            }
        }

        private static String human(SourceCheck.Report r, SourceSettings settings, boolean en) {
            StringBuilder out = new StringBuilder();
            out.append(en ? "Source: " : "Nguồn: ").append(settings.describe()).append(" (").append(r.product()).append(")\n");
            out.append(en ? "Its times read in the zone " : "Thời điểm trong nguồn được đọc theo múi giờ ").append(r.zone())
                    .append(" (adapter.source.database.time-zone)\n");
            if (!r.missing().isEmpty()) {
                out.append(en ? "Missing in the database, " + r.missing().size() + ":" : "Cơ sở dữ liệu còn thiếu " + r.missing().size() + ":");
                r.missing().forEach(m -> out.append("\n  ").append(m));
                return out.append(en ? "\nNothing was read." : "\nChưa đọc hồ sơ nào.").toString();
            }
            out.append(en ? "Tables and columns: all the profile reads are there\n" : "Bảng và cột: có đủ những gì hồ sơ cấu hình đọc\n");
            if (r.future() != null) {
                out.append(en ? "Warning: a change is dated " + r.future() + ", ahead of this machine's clock: is the zone above the"
                        + " one the database writes? A sync keeps its checkpoint at the clock and reads such rows again each run\n"
                        : "Cảnh báo: có thay đổi ghi thời điểm " + r.future() + ", sau giờ của máy này: múi giờ trên có đúng là múi giờ"
                        + " cơ sở dữ liệu ghi không? Lượt đồng bộ giữ mốc ở giờ hiện tại và đọc lại các dòng đó mỗi lượt\n");
            }
            for (SourceCheck.Preview p : r.previews()) {
                if (p.checked() instanceof Checked.Invalid bad) {
                    out.append("  ✗ ").append(FieldMasker.text(en ? bad.violation().messageEn() : bad.violation().message(), p.maHoSo()))
                            .append('\n');
                } else if (p.checked() instanceof Checked.Valid ok) {
                    out.append("  ✓ ").append(ok.maHoSo()).append(en ? " would send " : " sẽ gửi ").append(FieldMasker.tree(ok.dossier(), ok.maHoSo()))
                            .append(en ? " with " + ok.progressWire().size() + " progress entries\n" : " cùng " + ok.progressWire().size() + " bước xử lý\n");
                    // the entries themselves, as they would be sent: their times and texts checked before the first sync
                    List<String> steps = ok.progressWire().stream().filter(java.util.Objects::nonNull).map(JsonText::toString).toList();
                    for (int i = 0; i < Math.min(SHOWN_STEPS, steps.size()); i++) {
                        out.append("      ").append(FieldMasker.text(steps.get(i), ok.maHoSo())).append('\n');
                    }
                    if (steps.size() > SHOWN_STEPS) {
                        out.append("      … ").append(steps.size() - SHOWN_STEPS).append(en ? " more\n" : " bước nữa\n");
                    }
                } else {
                    out.append("  ? ").append(p.maHoSo()).append(en ? " e-authentication not checked: " : " chưa kiểm tra xác thực điện tử: ")
                            .append(p.note()).append('\n');
                }
            }
            long refused = r.refused();
            long sent = r.previews().size() - refused;
            out.append(en ? String.format(SummaryPrinter.locale(true), "%,d read: %,d would be sent, %,d refused. Nothing was sent.", r.previews().size(), sent, refused)
                    : String.format(SummaryPrinter.VI, "Đã đọc %,d: %,d sẽ gửi, %,d bị từ chối. Không gửi gì lên Cổng DVCQG.", r.previews().size(), sent, refused));
            out.append(en ? " DVCQG's procedure list is not consulted here: a sync holds a dossier whose procedure it does not list."
                    : " Danh mục TTHC của Cổng DVCQG không được tra ở đây: lượt đồng bộ giữ lại hồ sơ có thủ tục Cổng chưa có.");
            SourceCheck.FirstPage f = r.firstPage();
            out.append('\n').append(en
                    ? String.format(SummaryPrinter.locale(true), "First page of a full sync: %,d change events, %,d dossiers; the change query %,d ms,"
                            + " reading and mapping the dossiers %,d ms", f.events(), f.dossiers(), f.changesMillis(), f.readMillis())
                    : String.format(SummaryPrinter.VI, "Trang đầu của một lần đồng bộ toàn bộ: %,d thay đổi, %,d hồ sơ; truy vấn thay đổi %,d ms,"
                            + " đọc và ánh xạ hồ sơ %,d ms", f.events(), f.dossiers(), f.changesMillis(), f.readMillis()));
            if (f.slow()) {
                out.append('\n').append(en
                        ? "Slow: the change query reads whole tables. Ask the DBA for the indexes of README, \"Reading the one-stop"
                                + " system's database\", step 2, or a first sync will take hours"
                        : "Chậm: truy vấn thay đổi đọc cả bảng. Hãy nhờ quản trị cơ sở dữ liệu tạo các chỉ mục ở README, mục \"Reading the"
                                + " one-stop system's database\", bước 2, nếu không lần đồng bộ đầu sẽ mất hàng giờ");
            }
            return out.toString();
        }

        /** Progress entries a dossier's line shows; the JSON has them all. */
        private static final int SHOWN_STEPS = 5;

        private static JsonNode readTree(ObjectMapper json, String text) {
            try {
                return json.readTree(text);
            } catch (java.io.IOException e) {
                return json.getNodeFactory().textNode(text);
            }
        }

        private static Map<String, Object> asJson(SourceCheck.Report r, ObjectMapper json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("profile", r.profile());
            out.put("product", r.product());
            out.put("zone", String.valueOf(r.zone()));
            out.put("missing", r.missing());
            out.put("future", r.future() == null ? null : r.future().toString());
            List<Map<String, Object>> dossiers = new ArrayList<>();
            for (SourceCheck.Preview p : r.previews()) {
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("maHoSo", p.maHoSo());
                if (p.checked() instanceof Checked.Valid ok) {
                    d.put("wouldSend", true);
                    ObjectNode masked = (ObjectNode) FieldMasker.tree(ok.dossier(), ok.maHoSo());
                    d.put("dossier", masked);
                    d.put("progressEntries", ok.progressWire().size());
                    List<JsonNode> steps = new ArrayList<>();
                    for (JsonText step : ok.progressWire()) {
                        if (step != null) {
                            steps.add(FieldMasker.tree(readTree(json, step.toString()), ok.maHoSo()));
                        }
                    }
                    d.put("progress", steps);
                } else if (p.checked() instanceof Checked.Invalid bad) {
                    d.put("wouldSend", false);
                    d.put("field", bad.violation().field());
                    d.put("reason", FieldMasker.text(bad.violation().message(), p.maHoSo()));
                    d.put("reasonEn", FieldMasker.text(bad.violation().messageEn(), p.maHoSo()));
                } else {
                    d.put("wouldSend", null);
                    d.put("note", p.note());
                }
                dossiers.add(d);
            }
            out.put("dossiers", dossiers);
            out.put("refused", r.refused());
            if (r.firstPage() != null) {
                SourceCheck.FirstPage f = r.firstPage();
                Map<String, Object> page = new LinkedHashMap<>();
                page.put("events", f.events());
                page.put("dossiers", f.dossiers());
                page.put("changesMillis", f.changesMillis());
                page.put("readMillis", f.readMillis());
                page.put("slow", f.slow());
                out.put("firstPage", page);
            }
            return out;
        }
    }
}
