package vn.dvc.adapter.admin.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.admin.Role;

/**
 * {@code Authorization: Bearer <token>} for machines: the SHA-256 of the token is compared, in
 * constant time, with each configured {@code adapter.admin.tokens[n].token-hash}. The caller is
 * named {@code token:<name>} in the audit log. A token that matches none is a 401, and a failure
 * of the client address for the {@link LoginThrottle}.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private record Known(String name, byte[] hash, Role role) {}

    private final List<Known> tokens;
    private final ProblemAnswers answers;
    private final LoginThrottle throttle;

    BearerTokenFilter(List<AdminProperties.Token> configured, ProblemAnswers answers, LoginThrottle throttle) {
        this.answers = answers;
        this.throttle = throttle;
        this.tokens = configured.stream().map(t -> new Known(t.name().trim(), HexFormat.of().parseHex(t.tokenHash().trim()),
                Role.parse(t.role(), "adapter.admin.tokens role"))).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] presented = sha256(header.substring(7).trim());
        Known match = null;
        for (Known k : tokens) {
            if (MessageDigest.isEqual(k.hash(), presented)) {
                match = k;
            }
        }
        if (match == null) {
            throttle.failed(null, request.getRemoteAddr());   // guessing tokens counts against the address
            SecurityContextHolder.clearContext();
            answers.commence(request, response, new BadCredentialsException("unknown bearer token"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("token:" + match.name(), null,
                match.role().authorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
