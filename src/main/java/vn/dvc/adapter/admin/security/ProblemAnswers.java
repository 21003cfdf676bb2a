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

/** The API's 401 and 403, as problem details: a machine gets an answer, never a login page. */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;

    ProblemAnswers(Problems problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"dvcqg-adapter\", Bearer");
        problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden", request.getMethod(),
                request.getRequestURI());
    }
}
