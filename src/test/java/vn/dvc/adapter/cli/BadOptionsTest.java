package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** Bad options as the operator walk-through met them: all of a command's at once, and a language that is not one. */
class BadOptionsTest {

    private record Answer(int exit, String err) {}

    private static Answer run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new PrintWriter(err));
        return new Answer(cli.execute(args), err.toString());
    }

    @Test
    void everyBadOptionOfComplianceIsNamedAtOnce() {
        Answer all = run("compliance", "--from", "2025-13-01", "--to", "2025-01-01x", "--format", "pdf");
        assertThat(all.exit()).isEqualTo(2);
        assertThat(all.err()).contains("--from: '2025-13-01'").contains("--to: '2025-01-01x'").contains("--format: 'pdf'");

        Answer reversed = run("compliance", "--from", "2026-01-01", "--to", "2025-01-01", "--format", "pdf");
        assertThat(reversed.exit()).isEqualTo(2);
        assertThat(reversed.err()).contains("--from is after --to").contains("--format: 'pdf'");
    }

    /** A value picocli cannot convert is told in both languages, without the JDK's exception and class names. */
    @Test
    void aDateOrANumberThatIsNotOneIsToldInBothLanguages() {
        Answer date = run("replay", "--failed", "--since", "2025-99-01", "--dry-run");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("giá trị không hợp lệ cho --since: '2025-99-01' không phải ngày dạng yyyy-MM-dd /"
                + " Invalid value for option '--since': '2025-99-01' is not a date (yyyy-MM-dd)").doesNotContain("java.");
        Answer number = run("demo", "--dossiers", "abc");
        assertThat(number.exit()).isEqualTo(2);
        assertThat(number.err()).contains("giá trị không hợp lệ cho --dossiers: 'abc' không phải số nguyên / Invalid value for"
                + " option '--dossiers': 'abc' is not an int");
    }

    @Test
    void aLanguageThatIsNotOneIsABadOptionOfEveryCommand() {
        for (String[] command : new String[][] {{"status"}, {"sync"}, {"catalogue", "refresh"},
                {"compliance", "--from", "2025-01-01", "--to", "2025-03-31", "--format", "json"}}) {
            Answer fr = run(java.util.stream.Stream.concat(java.util.Arrays.stream(command), java.util.stream.Stream.of("--lang", "fr"))
                    .toArray(String[]::new));
            assertThat(fr.exit()).as(command[0]).isEqualTo(2);
            assertThat(fr.err()).as(command[0]).contains("--lang: 'fr' không hợp lệ, dùng vi hoặc en / is not a language here, use vi or en");
        }
    }
}
