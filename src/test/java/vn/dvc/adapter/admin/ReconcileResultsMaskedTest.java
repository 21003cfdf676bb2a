package vn.dvc.adapter.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The security probe's reconcile: the portal answers {@code TraCuuHoSo} with a message quoting an
 * identity number, a phone and an e-mail, and for another dossier with a body that is not JSON and
 * holds an e-mail and an ID token. A viewer reads the drift masked in the API and on the console's
 * page, an operator in clear; the ledger keeps the detail sealed, and the drift files masked.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReconcileResultsMaskedTest extends AdminSystems {

    private static final String CCCD = "001099012345";
    private static final String PHONE = "0912345678";
    private static final String EMAIL = "lan.tran@hoabinh.gov.vn";

    @Test
    void theDriftDetailIsMaskedForAViewerSealedInTheLedgerAndMaskedInTheFiles(CapturedOutput log) throws IOException {
        synced();
        List<String> ids = jdbc.queryForList("select ma_ho_so from transfer where state = 'SENT' order by ma_ho_so desc limit 2",
                String.class);
        SIMS.portal().faults().lookupAnswers(ids.get(0), "{\"error_code\":-1,\"message\":\"Không tìm thấy hồ sơ của công dân CCCD "
                + CCCD + ", SĐT " + PHONE + ", email " + EMAIL + "\"}");
        SIMS.portal().faults().lookupAnswers(ids.get(1), "<html>lỗi cổng: liên hệ " + EMAIL + " token " + ID_TOKEN + "</html>");
        HttpResponse<String> done;
        try {
            done = call("POST", "/api/reconcile", OPERATOR, "{\"ids\":[\"" + String.join("\",\"", ids) + "\"]}");
        } finally {
            SIMS.portal().faults().reset();
        }
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        long run = json(done).path("run").asLong();
        assertThat(json(done).path("missing").asInt()).isEqualTo(1);
        assertThat(json(done).path("unreadable").asInt()).isEqualTo(1);

        assertThat(log.getAll()).as("the retries' WARN lines").contains("TraCuuHoSo").contains("l***@hoabinh.gov.vn");
        assertMasked(log.getAll());

        for (String viewer : List.of(VIEWER, "Bearer " + TOKEN)) {
            assertMasked(get("/api/reconcile/" + run, viewer).body());
        }
        String page = signedIn(VIEWER, "/reconcile?id=" + run).body();
        assertMasked(page);
        assertThat(page).contains("00********45").contains("l***@hoabinh.gov.vn");
        assertThat(get("/api/reconcile/" + run, OPERATOR).body()).as("an operator sees identities").contains(CCCD).contains(EMAIL);

        List<String> stored = jdbc.queryForList("select detail from reconcile_drift where reconcile_id = ?", String.class, run);
        assertThat(stored).hasSize(2).allSatisfy(d -> assertThat(d).startsWith("v1:test1:").doesNotContain(CCCD));

        Path reports = FILES.resolve("reports");
        for (String file : List.of("reconcile-" + run + ".json", "reconcile-" + run + ".csv")) {
            String text = Files.readString(reports.resolve(file), StandardCharsets.UTF_8);
            assertMasked(text);
            assertThat(text).contains("00********45");
        }
    }

    private static void assertMasked(String text) {
        assertThat(text).doesNotContain(CCCD).doesNotContain(PHONE).doesNotContain(EMAIL).doesNotContain(CLAIMED_ID)
                .doesNotContain(ID_TOKEN.substring(ID_TOKEN.indexOf('.') + 1, ID_TOKEN.lastIndexOf('.')));
    }
}
