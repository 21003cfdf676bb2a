package vn.dvc.adapter.cli;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What the demo prints last: the commands that go on with its ledger, written the way this process was
 * started, so they work as printed from the same folder: {@code bin/dvcqg-adapter} (the script says so in
 * {@code DVCQG_ADAPTER_COMMAND}), {@code java -jar <jar>}, or, after {@code mvn spring-boot:run} (no jar
 * yet), the build of the jar first.
 */
final class FollowUp {

    private FollowUp() {
    }

    static String text(boolean english, LocalDate from, LocalDate to) {
        String launcher = launcher();
        StringBuilder out = new StringBuilder(english
                ? "Go on with the demo's ledger (data/demo, its key data/demo/ledger.key): every command with --demo\n"
                : "Tiếp tục với sổ cái của buổi chạy thử (data/demo, khoá data/demo/ledger.key): mọi lệnh với --demo\n");
        if (launcher == null) {
            launcher = "bin/dvcqg-adapter";
            line(out, "mvn -q -DskipTests package", english ? "once: builds target/dvcqg-adapter.jar for bin/dvcqg-adapter"
                    : "một lần: dựng target/dvcqg-adapter.jar cho bin/dvcqg-adapter");
        }
        String lang = english ? " --lang en" : "";   // every command the demo names answers in the demo's language
        line(out, launcher + " status --demo" + lang, english ? "the ledger's states" : "sổ cái theo trạng thái");
        line(out, launcher + " replay --failed --dry-run --demo" + lang, english ? "what a replay would send" : "những hồ sơ sẽ gửi lại");
        line(out, launcher + " compliance --demo --from " + from + " --to " + to + " --format html --out reports/compliance-demo.html"
                + lang, english ? "the report again" : "báo cáo lại");
        out.append(english ? "With the two simulators (the portal holding what the demo sent), in another terminal:\n"
                : "Với hai hệ thống giả lập (Cổng giả lập giữ những gì buổi chạy thử đã gửi), ở một cửa sổ khác:\n");
        line(out, launcher + " simulate --demo", english ? "Ctrl-C stops it" : "Ctrl-C để dừng");
        line(out, launcher + " reconcile --demo --sample 300" + lang, english ? "read the portal back" : "đọc lại từ Cổng");
        line(out, launcher + " serve --demo", english ? "the console on http://localhost:8080/?lang=en (operator / operator-demo)"
                : "bảng điều khiển ở http://localhost:8080/ (operator / operator-demo)");
        return out.toString();
    }

    private static void line(StringBuilder out, String command, String note) {
        out.append("  ").append(command).append("   # ").append(note).append('\n');
    }

    /** How to start this program again from here; null when it runs from classes (no jar built yet). */
    static String launcher() {
        String script = System.getenv("DVCQG_ADAPTER_COMMAND");
        if (script != null && !script.isBlank()) {
            return script;
        }
        // `java -jar X.jar`: the class path is the jar as it was typed; from classes (spring-boot:run) it is a list
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return null;
        }
        Path here = Path.of("").toAbsolutePath();
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        return "java -jar " + (jar.startsWith(here) ? here.relativize(jar) : jar);
    }
}
