package vn.dvc.adapter.admin.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import vn.dvc.adapter.admin.AdminSystems;

/**
 * Every failure a person reads has both languages (issue 12): the ledger keeps the English wording
 * beside the Vietnamese, with the offending value, and the console shows the reader's language in
 * the list, on the transfer's page and in its story.
 */
class MessagesInBothLanguagesTest extends AdminSystems {

    private static final Pattern VALUE = Pattern.compile("'([^']+)'");

    @Test
    void aQuarantinedDossierReadsInEnglishWithTheValueAtFault() {
        synced();
        // the messages are sealed in the ledger (ledger/LedgerCipher): opened here, as the console opens them
        List<Map<String, Object>> rows = jdbc.queryForList("select ma_ho_so, error_field, last_error, last_error_en from transfer"
                + " where state = 'QUARANTINED' and error_code in ('MALFORMED', 'INVALID_DATE') order by ma_ho_so").stream()
                .peek(r -> {
                    r.put("last_error", vn.dvc.adapter.TestProperties.cipher().open((String) r.get("last_error")));
                    r.put("last_error_en", vn.dvc.adapter.TestProperties.cipher().open((String) r.get("last_error_en")));
                })
                .filter(r -> ((String) r.get("last_error")).contains("'")).toList();
        assertThat(rows).as("quarantined rows with a value in their reason").isNotEmpty();
        for (Map<String, Object> r : rows) {
            String vi = (String) r.get("last_error");
            String en = (String) r.get("last_error_en");
            Matcher value = VALUE.matcher(vi);
            assertThat(value.find()).isTrue();
            assertThat(en).as("English of %s", vi).isNotNull().startsWith("dossier ").contains((String) r.get("error_field"))
                    .contains(value.group(1)).doesNotContain("trường ").doesNotContain("sai định dạng");
        }
        String id = (String) rows.get(0).get("ma_ho_so");
        String en = (String) rows.get(0).get("last_error_en");
        String shown = en.substring(("dossier " + id + ": ").length());

        String list = signedIn(ADMIN, "/transfers?state=QUARANTINED&q=" + id + "&lang=en").body();
        assertThat(list).contains(escaped(shown));
        String page = signedIn(ADMIN, "/transfers/" + id + "?lang=en").body();
        assertThat(page).contains(escaped(shown));
        String vietnamese = signedIn(ADMIN, "/transfers/" + id).body();
        assertThat(vietnamese).contains(escaped(((String) rows.get(0).get("last_error")).substring(("Hồ sơ " + id + ": ").length())));
    }

    @Test
    void aFailedTransfersStoryReadsInEnglish() {
        String id = failedTransfer();
        assertThat(vn.dvc.adapter.TestProperties.cipher().open(jdbc.queryForObject("select message_en from transfer_event where ma_ho_so = ? and error_code = 'HTTP_503'"
                + " order by id desc limit 1", String.class, id))).isEqualTo("The national portal answered HTTP 503");

        String story = section(signedIn(OPERATOR, "/transfers/" + id + "?lang=en").body(), "id=\"story\"");
        assertThat(story).contains("The national portal answered HTTP 503").doesNotContain("Cổng DVCQG trả về");
        String vi = section(signedIn(OPERATOR, "/transfers/" + id).body(), "id=\"story\"");
        assertThat(vi).contains("Cổng DVCQG trả về HTTP 503");
    }

    private static String section(String html, String marker) {
        int at = html.indexOf(marker);
        assertThat(at).as(marker).isPositive();
        return html.substring(at, html.indexOf("</table>", at));
    }

    private static String escaped(String text) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
