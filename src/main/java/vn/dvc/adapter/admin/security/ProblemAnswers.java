package vn.dvc.adapter.admin.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import vn.dvc.adapter.admin.Problems;

/**
 * The API's 401 and 403, as problem details: a machine gets an answer, never a login page, and a
 * browser no Basic challenge.
 */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemAnswers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // a Basic challenge makes a browser ask for a password and then send it with every request
        // any page makes, foreign ones too: browsers get a Bearer challenge, which they do not answer
        response.setHeader("WWW-Authenticate", Problems.browser(request) ? "Bearer realm=\"dvcqg-adapter\""
                : "Basic realm=\"dvcqg-adapter\", Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", request.getMethod(),
                request.getRequestURI());
    }
}
