package vn.dvc.adapter.admin.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import vn.dvc.adapter.admin.Problems;

/**
 * An API call while the ledger's database is away: 503 with Retry-After and the reason in the reader's
 * language (it was a 500 "unexpected" with a stack trace in the log).
 */
class LedgerDownApiTest {

    private final ApiProblems problems = new ApiProblems(new Problems(vn.dvc.adapter.TestProperties.messages()));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void noConnectionIsA503WithRetryAfterInBothLanguages() {
        var away = new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 10000ms"));

        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        ResponseEntity<ProblemDetail> vi = problems.ledgerDown(away);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        ResponseEntity<ProblemDetail> en = problems.ledgerDown(new CannotCreateTransactionException("Could not open JDBC Connection", away));

        assertThat(vi.getStatusCode().value()).isEqualTo(503);
        assertThat(vi.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
        assertThat(vi.getBody().getTitle()).isEqualTo("Dịch vụ tạm ngừng");
        assertThat(vi.getBody().getDetail()).startsWith("Hiện không đọc được sổ cái").doesNotContain("Hikari");
        assertThat(en.getStatusCode().value()).isEqualTo(503);
        assertThat(en.getBody().getTitle()).isEqualTo("Service unavailable");
        assertThat(en.getBody().getDetail()).startsWith("The ledger cannot be read right now");
    }

    /** The one-stop system's database failing under an API call (a catalogue refresh) is the source's: 502, not "the ledger" nor a 500. */
    @Test
    void theOneStopDatabaseFailingIsA502NamingIt() throws Exception {
        var source = new vn.dvc.adapter.source.database.SourceUnavailable("không đọc được cơ sở dữ liệu của Hệ thống một cửa / cannot read"
                + " the one-stop system's database (jdbc:postgresql://db:5432/opencps, procedures.sql): Connection refused",
                new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection"));

        var handler = new org.springframework.web.method.annotation.ExceptionHandlerMethodResolver(ApiProblems.class).resolveMethod(source);
        assertThat(handler).isNotNull();
        assertThat(handler.getName()).isEqualTo("upstream");
        ResponseEntity<ProblemDetail> answer = problems.upstream(source);
        assertThat(answer.getStatusCode().value()).isEqualTo(502);
        assertThat(answer.getBody().getDetail()).contains("one-stop system's database");
    }
}
