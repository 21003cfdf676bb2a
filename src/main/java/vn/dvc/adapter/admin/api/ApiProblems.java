package vn.dvc.adapter.admin.api;

import java.io.IOException;

import org.apache.camel.http.base.HttpOperationFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.dvc.adapter.admin.Problems;
import vn.dvc.adapter.portal.PortalFault;
import vn.dvc.adapter.system.Masking;

/**
 * The API's errors as RFC 9457 problem details, titled in the reader's language: Spring MVC's own
 * (bad parameters, unknown media types...) and the adapter's: a bad request (400), a run already
 * holding the ledger (409), the portal or the source failing (502), the ledger's database away (503),
 * anything else (500, no trace).
 * For every REST controller (the compliance report's too); what no controller handles (an unknown
 * path, a method not allowed) {@link ApiErrorFilter} answers.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Problems problems;

    ApiProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> badRequest(IllegalArgumentException e) {
        return answer(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        return answer(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({PortalFault.class, HttpOperationFailedException.class, IOException.class,
            vn.dvc.adapter.source.database.SourceUnavailable.class})
    ResponseEntity<ProblemDetail> upstream(Exception e) {
        return answer(HttpStatus.BAD_GATEWAY, e.getMessage());
    }

    /**
     * The ledger's database away (no connection, a connection lost, a statement timed out): 503 with
     * Retry-After and one WARN line, not a 500 with a stack trace; the scheduled runs catch up by themselves.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.dao.RecoverableDataAccessException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> ledgerDown(RuntimeException e) {
        log.warn("API: {}", Masking.mask(String.valueOf(org.springframework.core.NestedExceptionUtils.getMostSpecificCause(e))));
        return answering(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, problems.message("problem.ledgerDown", LocaleContextHolder.getLocale())));
    }

    /** What a client is told to wait before asking again while the ledger's database is away. */
    static final int RETRY_AFTER_SECONDS = 30;

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("API: {}", Masking.mask(String.valueOf(e)), e);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR,
                problems.message("problem.unexpected", LocaleContextHolder.getLocale(), e.getClass().getSimpleName()));
    }

    /**
     * A body the API cannot read: a field it does not know is named with the ones it does (a typo must not be
     * ignored: a replay posted with "dryrun" ran for real), anything else said as Spring says it.
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(org.springframework.http.converter.HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = fieldRefused(ex);
        return detail == null ? super.handleHttpMessageNotReadable(ex, headers, status, request)
                : ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem(HttpStatus.BAD_REQUEST, detail));
    }

    /** Why a body's field was refused (unknown, or given twice), in the reader's language; null for another fault. */
    private String fieldRefused(Throwable ex) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof tools.jackson.databind.exc.UnrecognizedPropertyException unknown) {
                String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                        .map(String::valueOf).sorted().collect(java.util.stream.Collectors.joining(", "));
                return problems.message("problem.unknownField", locale, unknown.getPropertyName(), known);
            }
            if (t instanceof tools.jackson.core.exc.StreamReadException read && String.valueOf(read.getOriginalMessage())
                    .startsWith("Duplicate Object property")) {
                String name = read.getOriginalMessage().replaceAll("(?s)^Duplicate Object property \"(.*)\".*$", "$1");
                return problems.message("problem.duplicateField", locale, name);
            }
        }
        return null;
    }

    /**
     * A query parameter out of its range ({@code ?size=0}): named with its range and value in the reader's language;
     * Spring said "Validation failure" and nothing of which parameter.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            org.springframework.web.method.annotation.HandlerMethodValidationException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.util.List<String> said = new java.util.ArrayList<>();
        for (var result : ex.getParameterValidationResults()) {
            var parameter = result.getMethodParameter();
            jakarta.validation.constraints.Min min = parameter.getParameterAnnotation(jakarta.validation.constraints.Min.class);
            jakarta.validation.constraints.Max max = parameter.getParameterAnnotation(jakarta.validation.constraints.Max.class);
            org.springframework.web.bind.annotation.RequestParam named =
                    parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
            String name = named != null && !named.name().isEmpty() ? named.name() : parameter.getParameterName();
            said.add(problems.message("problem.badParameter", locale, name, min == null ? "…" : String.valueOf(min.value()),
                    max == null ? "…" : String.valueOf(max.value()), String.valueOf(result.getArgument())));
        }
        return said.isEmpty() ? super.handleHandlerMethodValidationException(ex, headers, status, request)
                : ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                        .body(problem(HttpStatus.BAD_REQUEST, String.join(" ", said)));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, status, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail p) {
            p.setTitle(problems.title(status.value(), LocaleContextHolder.getLocale()));
            // Spring's own answers quote what was asked ("dossier 0912345678" for a 404): masked as the adapter's are
            p.setDetail(Masking.mask(p.getDetail()));
            maskedInstance(p);
        }
        return answer;
    }

    private ResponseEntity<ProblemDetail> answer(HttpStatus status, String detail) {
        return answering(status).body(problem(status, detail));
    }

    private static ResponseEntity.BodyBuilder answering(HttpStatus status) {
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON);
    }

    private ProblemDetail problem(HttpStatus status, String detail) {
        return maskedInstance(problems.of(status, Masking.mask(detail), LocaleContextHolder.getLocale()));
    }

    /**
     * The problem's {@code instance}, the path asked for, masked: Spring fills it in from the request as it writes the
     * answer, and a path can quote a number ({@code /api/transfers/0912345678}).
     */
    private static ProblemDetail maskedInstance(ProblemDetail p) {
        String path = p.getInstance() != null ? p.getInstance().getRawPath()
                : RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes r ? r.getRequest().getRequestURI() : null;
        if (path != null) {
            p.setInstance(Problems.maskedInstance(path));
        }
        return p;
    }
}
