package vn.dvc.adapter.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.adapter.admin.Problems;

/**
 * Refuses a login attempt while its user name or its client address is locked by the
 * {@link LoginThrottle}, before the password is even looked at (so the right password is refused
 * too): the API answers 429 with {@code Retry-After}, the console's form goes back to the login
 * page, which says for how long. Only requests that try to log in are looked at: the API's
 * {@code Authorization} header, the console's {@code POST /login}. A user name longer than any user's
 * is refused here too, before it is kept or compared with anything.
 */
final class ThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final LoginAudit audit;
    private final Problems problems;
    private final boolean api;

    ThrottleFilter(LoginThrottle throttle, LoginAudit audit, Problems problems, boolean api) {
        this.throttle = throttle;
        this.audit = audit;
        this.problems = problems;
        this.api = api;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String user;
        if (api) {
            String header = request.getHeader("Authorization");
            if (header == null) {
                chain.doFilter(request, response);
                return;
            }
            user = basicUser(header);
        } else if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            user = request.getParameter("username");
        } else {
            chain.doFilter(request, response);
            return;
        }
        boolean tooLong = user != null && user.length() > LoginThrottle.MAX_NAME;
        Duration wait = throttle.locked(tooLong ? null : user, request.getRemoteAddr());
        if (wait.isZero()) {
            if (tooLong) {
                refuse(request, response, user.length());
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        long seconds = Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        response.setHeader("Retry-After", Long.toString(seconds));
        if (api) {
            problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.locked", seconds);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?locked=" + seconds);
        }
    }

    /**
     * A login no user can make, with a name longer than any user's, is refused before authentication
     * is tried or the name kept, and counts towards its address's lock.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int length) throws IOException {
        audit.nameTooLong(length, request.getRemoteAddr());
        if (api) {
            problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }

    /** The user name of {@code Basic base64(name:password)}, or null (a bearer token names no user). */
    static String basicUser(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
