package vn.dvc.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import picocli.CommandLine;

import vn.dvc.adapter.system.Settings;

/**
 * Issue 22: a configuration error's details and picocli's stock texts were English only, beside the
 * adapter's own bilingual lines: every problem the settings can have now reads in Vietnamese beside the
 * English, and so do a bad option and the help's headings.
 */
class CliTextsTest {

    @Test
    void everySettingsProblemReadsInVietnameseBesideTheEnglish() {
        MockEnvironment wrong = new MockEnvironment().withProperty("adapter.source.url", "ftp://motcua")
                .withProperty("adapter.source.page-size", "0").withProperty("adapter.sync.batch-size", "0")
                .withProperty("adapter.sync.concurrency", "99").withProperty("adapter.sync.pages-in-flight", "-1")
                .withProperty("adapter.sync.max-attempts", "0").withProperty("adapter.checks.eauth-failure", "maybe")
                .withProperty("adapter.sso.min-acr", "high").withProperty("adapter.ledger.encryption.key", "c2hvcnQ=")
                .withProperty("adapter.portal.max-calls-per-second", "-1").withProperty("adapter.reconcile.sample", "0")
                .withProperty("adapter.retention.events", "PT1H").withProperty("adapter.cli.progress", "loud")
                .withProperty("adapter.sync.breaker-threshold", "x").withProperty("adapter.sync.cron", "garbage")
                .withProperty("adapter.catalogue.max-age", "-PT1H");
        List<String> problems = new java.util.ArrayList<>(Settings.problems(new MockEnvironment()));
        problems.addAll(Settings.problems(wrong));

        assertThat(problems).hasSizeGreaterThan(20);
        assertThat(problems).allSatisfy(p -> assertThat(CliTexts.problem(p)).as(p).contains(" / ")
                .matches(".*(chưa|phải|không phải).*"));
        // the Vietnamese half holds no English phrase (the operator walk-through read "phải là a Quartz cron expression")
        assertThat(problems).allSatisfy(p -> assertThat(CliTexts.problem(p).split(" / ")[0]).as(p)
                .doesNotContainPattern("\\b(is|must|of|random|expression|valid|duration|such|use)\\b"));
        assertThat(CliTexts.problem("adapter.sync.batch-size must be 1..1000, is 0"))
                .isEqualTo("adapter.sync.batch-size phải từ 1 đến 1000, đang là 0 / must be 1..1000, is 0");
    }

    @Test
    void aBadOptionAndTheHelpReadInBothLanguages() {
        StringWriter err = new StringWriter();
        StringWriter out = new StringWriter();
        CommandLine cli = Cli.commandLine();
        cli.setErr(new PrintWriter(err));
        cli.setOut(new PrintWriter(out));

        int missing = cli.execute("compliance", "--from", "2025-01-01");
        int invalid = cli.execute("demo", "--dossiers", "abc");
        cli.execute("status", "--help");

        assertThat(missing).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(invalid).isEqualTo(Cli.CONFIG_ERROR);
        assertThat(err.toString()).contains("Lỗi tham số / bad option: thiếu tuỳ chọn bắt buộc '--to=DATE'")
                .contains("giá trị không hợp lệ cho --dossiers").contains("Xem / see: dvcqg-adapter compliance --help");
        assertThat(out.toString()).startsWith("Cách dùng / Usage: dvcqg-adapter status")
                .contains("in hướng dẫn này rồi thoát / show this help message").doesNotContain("Show this help");
    }
}
