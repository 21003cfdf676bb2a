package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.dvc.adapter.reconcile.ReconcileRequest;
import vn.dvc.adapter.reconcile.ReconcileService;
import vn.dvc.adapter.sync.RunSummary;

/**
 * Issue 22 in the browser, as a new user walked it after the demo: the "Gửi lại" of a transfer a reconcile
 * could not repair now sends it, and its page tells its whole story; the runs table fits its card at
 * 1366 px with its note in the reader's words; the compliance table reads by rank with what holds each
 * agency back on a line or two. Screenshots in target/screenshots/3x-*.png.
 */
class OperatorPathBrowserTest extends ConsoleBrowser {

    @Autowired
    ReconcileService reconcile;

    /** Item 1 and 2: a dossier the portal lost, marked FAILED by a repair that could not read the source. */
    @Test
    void aTransferAReconcileCouldNotRepairIsReplayedFromItsPageWhichTellsItsWholeStory() {
        synced();
        String id = jdbc.queryForObject("select max(ma_ho_so) from transfer where state = 'SENT' and ma_don_vi like '%.H25'",
                String.class);
        SIMS.portal().lose(List.of(id));
        SIMS.source().setUnavailable(true);
        try {
            reconcile.reconcile(new ReconcileRequest(null, null, List.of(id), null, null, true, "test"));
        } finally {
            SIMS.source().setUnavailable(false);
        }
        // as a ledger that keeps no content of accepted dossiers (the default; this context keeps it)
        jdbc.update("update transfer set payload = null where ma_ho_so = ?", id);
        assertThat(jdbc.queryForMap("select state, error_code from transfer where ma_ho_so = ?", id))
                .containsEntry("STATE", "FAILED").containsEntry("ERROR_CODE", "RECONCILE_MISSING");
        login(OPERATOR);

        browser.get(url("/reconcile"));
        WebElement drift = browser.findElements(By.cssSelector("#drift tbody tr")).stream()
                .filter(r -> r.getText().contains(id)).findFirst().orElseThrow();
        assertThat(drift.findElement(By.cssSelector("td.agency")).getText()).as("a dissolved agency by its name")
                .isNotBlank().doesNotStartWith("000.").doesNotStartWith("H25");
        browser.get(url("/transfers?state=FAILED"));
        WebElement row = browser.findElement(By.cssSelector("tr[data-id='" + id + "']"));
        assertThat(row.findElements(By.cssSelector("button.replay"))).hasSize(1);
        row.findElement(By.cssSelector("a.detail")).click();
        String story = browser.findElement(By.id("story")).getText();
        assertThat(story).contains("Đồng bộ").contains("Cổng DVCQG đã tiếp nhận").contains("Đối soát").contains("RECONCILE_MISSING")
                .doesNotContain("Chưa có diễn biến");
        shot("30-reconcile-marked-failed-story");

        browser.findElement(By.id("replay")).click();

        assertThat(browser.findElement(By.id("notice")).getText()).contains("Đã gửi lại 1 hồ sơ")
                .contains("1 được Cổng DVCQG tiếp nhận").contains("Đọc lại từ Hệ thống một cửa 1 hồ sơ");
        assertThat(browser.findElement(By.cssSelector("h1 .state")).getText()).isEqualTo("Đã gửi");
        assertThat(browser.findElement(By.id("story")).getText()).contains("Gửi lại");
        assertThat(SIMS.portal().dossiers()).containsKey(id);
        shot("31-replayed-from-the-source");
    }

    /** Minor items: the runs table at 1366 px with a run the source ended, and the compliance table by rank. */
    @Test
    void theRunsAndTheComplianceTablesReadWellAt1366() {
        synced();
        SIMS.source().setUnavailable(true);
        RunSummary failed;
        try {
            failed = sync.runOnce();
        } finally {
            SIMS.source().setUnavailable(false);
        }
        assertThat(failed.message()).as("the raw error the run recorded").contains("statusCode: 503");
        login(ADMIN);
        for (String lang : List.of("vi", "en")) {
            for (String page : List.of("/", "/runs")) {
                browser.get(url(page + "?lang=" + lang));
                WebElement table = browser.findElement(By.cssSelector("table.runs"));
                assertThat((Boolean) js("var t = arguments[0]; return t.getBoundingClientRect().right"
                        + " <= t.parentElement.getBoundingClientRect().right + 0.5;", table)).as("%s: the runs table inside its card", page)
                        .isTrue();
                WebElement note = table.findElements(By.cssSelector("tbody tr")).stream()
                        .filter(r -> r.getText().startsWith("#" + failed.run() + " ")).findFirst().orElseThrow()
                        .findElement(By.xpath("following-sibling::tr[1]")).findElement(By.cssSelector("td.msg"));
                assertThat(note.getText()).endsWith("vi".equals(lang)
                        ? "Hệ thống một cửa trả về HTTP 503; lượt chạy sau đọc lại từ mốc đồng bộ"
                        : "The one-stop system answered HTTP 503; the next run reads again from the checkpoint");
                js("arguments[0].scrollIntoView({block: 'center'});", note);
                assertThat(fits(note)).as("%s: the note shown whole", page).isTrue();
                shot("32-runs-1366-" + lang + page.replace("/", "-"));
            }

            browser.get(url("/compliance?from=2025-01-01&to=2025-12-31&lang=" + lang));
            Map<String, List<Integer>> ranks = new java.util.LinkedHashMap<>();
            // each row's tier, rank and verdict read in one script (a WebDriver call per cell cost seconds)
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) js(LINES_OF
                    + " return Array.from(document.querySelectorAll('#agencies tbody tr')).map(function (tr) {"
                    + "   var cells = tr.querySelectorAll('td'), holds = tr.querySelector('td.holds');"
                    + "   return {tier: cells[0].innerText.trim(), rank: cells[1].innerText.trim(),"
                    + "     holds: holds.innerText.trim(), holdsLines: linesOf(holds)};"
                    + " });");
            for (Map<String, Object> a : rows) {
                String rank = (String) a.get("rank");
                ranks.computeIfAbsent((String) a.get("tier"), t -> new ArrayList<>()).add(rank.matches("\\d+")
                        ? Integer.parseInt(rank) : Integer.MAX_VALUE);
                assertThat(((Number) a.get("holdsLines")).intValue()).as("'%s' on a line or two", a.get("holds"))
                        .isLessThanOrEqualTo(2);
            }
            assertThat(ranks).isNotEmpty();
            ranks.forEach((tier, inOrder) -> assertThat(inOrder).as("ranks of %s", tier).isSorted());
            js("document.getElementById('agencies').scrollIntoView();");
            shot("33-compliance-by-rank-1366-" + lang);
        }
    }
}
