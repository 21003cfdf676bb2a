package vn.dvc.adapter.admin.security;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.adapter.admin.Problems;

/**
 * The API's CSRF defence, since it keeps no session and so no CSRF token: a browser that once
 * typed Basic credentials sends them with any request a foreign page makes. A write (any method
 * but GET, HEAD, OPTIONS) is refused with 403 when the browser says it comes from another site
 * ({@code Sec-Fetch-Site} other than same-origin or none) or from another origin ({@code Origin}),
 * and with 415 when it carries a body that is not JSON: a foreign page can send a form or text
 * without asking, never JSON. Machines (curl, scripts) send neither header and are not affected.
 */
final class SameOriginWrites extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final Problems problems;

    SameOriginWrites(Problems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if ((site != null && !OWN_SITE.contains(site.trim().toLowerCase(java.util.Locale.ROOT)))
                || (origin != null && !sameOrigin(origin, request))) {
            problems.write(request, response, HttpStatus.FORBIDDEN, "problem.crossSite", request.getMethod(),
                    request.getRequestURI());
            return;
        }
        if (!json(request)) {
            problems.write(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "problem.notJson", request.getContentType());
            return;
        }
        chain.doFilter(request, response);
    }

    /** A JSON body, or none at all ({@code POST /api/sync} needs none). */
    private static boolean json(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || type.isBlank()) {
            return request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null;
        }
        try {
            MediaType media = MediaType.parseMediaType(type);
            return media.isCompatibleWith(MediaType.APPLICATION_JSON) || "json".equals(media.getSubtypeSuffix());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code Origin} against the scheme this request came in on (behind a proxy: X-Forwarded-Proto) and its Host. */
    private static boolean sameOrigin(String origin, HttpServletRequest request) {
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        String own = request.getScheme() + "://" + host;
        return origin.trim().equalsIgnoreCase(own) || origin.trim().equalsIgnoreCase(withoutDefaultPort(own));
    }

    private static String withoutDefaultPort(String origin) {
        return origin.replaceFirst("^(https://[^/]+):443$", "$1").replaceFirst("^(http://[^/]+):80$", "$1");
    }
}
