package vn.dvc.adapter.admin;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

import vn.dvc.adapter.system.Masking;

/**
 * RFC 9457 problem details with titles in the reader's language (Vietnamese unless
 * {@code ?lang=en} or the console's language cookie says otherwise). Used where Spring MVC is
 * not there to write them: the security filters.
 */
@Component
public class Problems {

    /** The console's language cookie, also read by the API's error answers. */
    public static final String LANG_COOKIE = "lang";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;

    public Problems(MessageSource messages) {
        this.messages = messages;
    }

    public ProblemDetail of(HttpStatus status, String detail, Locale locale) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title(status.value(), locale));
        return p;
    }

    /**
     * A request's path as the answer may quote it: decoded ({@code %20} …) and masked, for a path can quote a number asked
     * for ({@code /api/transfers/0912345678}, {@code /api/transfers/0912%20345%20678}).
     */
    public static String maskedPath(String raw) {
        String path;
        try {
            path = UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = raw;
        }
        String masked = Masking.mask(path);
        if (masked.startsWith("/") || !path.startsWith("/")) {
            return masked;
        }
        // a run the masking hides whole took the path's slashes with it ("/" is a base64 letter): segment by segment
        StringBuilder out = new StringBuilder();
        for (String segment : path.substring(1).split("/", -1)) {
            out.append('/').append(Masking.mask(segment));
        }
        return out.toString();
    }

    /** {@link #maskedPath} as a problem's {@code instance}, characters a URI cannot hold quoted. */
    public static URI maskedInstance(String raw) {
        try {
            return new URI(null, null, maskedPath(raw), null);
        } catch (URISyntaxException e) {
            return URI.create("/");
        }
    }

    public String title(int status, Locale locale) {
        return messages.getMessage("problem.title." + status, null, HttpStatus.valueOf(status).getReasonPhrase(), locale);
    }

    public String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Writes a problem straight to the response, for filters. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey,
                      Object... args) throws IOException {
        writeDetail(request, response, status, message(detailKey, locale(request), args));
    }

    /** Writes a problem with this detail, already in the reader's language. */
    public void writeDetail(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Locale locale = locale(request);
        ObjectNode body = JSON.createObjectNode()
                .put("type", "about:blank")
                .put("title", title(status.value(), locale))
                .put("status", status.value())
                .put("detail", detail)
                .put("instance", maskedInstance(request.getRequestURI()).toString());
        response.setStatus(status.value());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setContentType(MEDIA_TYPE + ";charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /**
     * Whether the request's parameters can be read: a query or a form whose bytes are not UTF-8 ({@code ?q=%C0%AF}) makes
     * Tomcat throw at the first read of a parameter, wherever that is. Read here first, by the filters that answer it.
     */
    public static boolean parametersReadable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    /** A browser says so: fetch metadata (every current browser) or a navigation asking for HTML. */
    public static boolean browser(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getHeader("Sec-Fetch-Mode") != null || request.getHeader("Sec-Fetch-Site") != null
                || (accept != null && accept.contains("text/html"));
    }

    /** The request's language before Spring MVC resolved it: {@code ?lang=}, then the cookie, then Vietnamese. */
    public static Locale locale(HttpServletRequest request) {
        String lang;
        try {
            lang = request.getParameter("lang");
        } catch (IllegalStateException unreadable) {
            lang = null;   // a query that is not UTF-8: answered as such, in the cookie's language
        }
        if (lang == null && request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (LANG_COOKIE.equals(c.getName())) {
                    lang = c.getValue();
                }
            }
        }
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : VIETNAMESE;
    }
}
