package vn.dvc.adapter.compliance;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/compliance?from=yyyy-MM-dd&to=yyyy-MM-dd[&lang=en]}: the report's JSON. */
@RestController
class ComplianceController {

    private final ComplianceService service;
    private final ObjectMapper json;

    ComplianceController(ComplianceService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    private static final MediaType JSON_UTF8 = new MediaType(MediaType.APPLICATION_JSON, StandardCharsets.UTF_8);

    @GetMapping(value = "/api/compliance", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(defaultValue = "vi") String lang) {
        LocalDate start;
        LocalDate end;
        try {
            start = date("from", from);
            end = date("to", to);
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage(), lang);
        }
        if (start.isAfter(end)) {
            return badRequest("from " + start + " is after to " + end, lang);
        }
        String body = ComplianceJson.write(json, service.report(start, end), "en".equals(lang));
        return ResponseEntity.ok().contentType(JSON_UTF8).body(body);
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " là bắt buộc (yyyy-MM-dd) / is required (yyyy-MM-dd)");
        }
        try {
            LocalDate d = LocalDate.parse(value.trim());
            if (!ComplianceService.reportable(d)) {
                throw new IllegalArgumentException(name + ": " + value + " nằm ngoài / is outside " + ComplianceService.FIRST + " .. "
                        + ComplianceService.LAST);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + ": '" + value + "' không phải ngày dạng yyyy-MM-dd / is not a date (yyyy-MM-dd)");
        }
    }

    /** A 400 problem detail (RFC 9457), titled in the reader's language, as everywhere under /api. */
    private ResponseEntity<String> badRequest(String message, String lang) {
        String title = ResourceBundle.getBundle("messages", "en".equals(lang) ? Locale.ENGLISH : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
                .getString("problem.title.400");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", HttpStatus.BAD_REQUEST.value());
        problem.put("detail", message);
        problem.put("instance", "/api/compliance");
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ComplianceJson.plain(json, problem));
    }
}
