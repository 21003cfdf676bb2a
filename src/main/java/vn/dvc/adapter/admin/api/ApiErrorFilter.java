package vn.dvc.adapter.admin.api;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.apache.catalina.Host;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dvc.adapter.admin.Problems;
import vn.dvc.adapter.system.Masking;

/**
 * Every error under {@code /api} is a problem detail, also those no controller advice sees:
 * Spring's own 404 for an unknown path, 405 for a wrong method, the firewall's 400, an exception
 * that escapes everything (500, its text only in the log). Without this they went to Spring
 * Boot's {@code /error} and came back in its own JSON shape. Placed before the security filters,
 * so that their refusals by {@code sendError} are caught too.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiErrorFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiErrorFilter.class);

    /** What Tomcat refuses before any filter (a path with bad percent-encoding, an encoded NUL): {@link ProblemReportValve}. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> apiProblemReports(Problems problems) {
        return factory -> factory.addContextCustomizers(context -> ProblemReportValve.install((Host) context.getParent(), problems));
    }

    /**
     * {@code /error} is where the server forwards an error to be shown, not a page of its own: asked for
     * directly it was a 500 "999 None". It is a 404 now, a problem detail unless a browser asks.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> errorPathFilter(Problems problems) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws IOException {
                if (Problems.browser(request)) {
                    response.sendError(404);
                } else {
                    problems.writeDetail(request, response, HttpStatus.NOT_FOUND, problems.message("problem.notFoundPage",
                            Problems.locale(request), request.getMethod(), request.getRequestURI()));
                }
            }
        });
        bean.addUrlPatterns("/error");
        bean.setDispatcherTypes(DispatcherType.REQUEST);
        bean.setOrder(-150);
        return bean;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiProblemFilter(Problems problems) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new Answer(problems));
        bean.addUrlPatterns("/api/*");
        bean.setOrder(-150);   // outside Spring Security's filter (-100)
        return bean;
    }

    private static final class Answer extends OncePerRequestFilter {

        private final Problems problems;

        Answer(Problems problems) {
            this.problems = problems;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            HttpServletResponseWrapper wrapped = new HttpServletResponseWrapper(response) {
                @Override
                public void sendError(int sc, String msg) throws IOException {
                    problem(request, response, sc, msg);
                }

                @Override
                public void sendError(int sc) throws IOException {
                    problem(request, response, sc, null);
                }
            };
            if (!Problems.parametersReadable(request)) {   // Tomcat's own message went out as a 409
                problem(request, response, 400, problems.message("problem.badRequestLine", Problems.locale(request)));
                return;
            }
            try {
                chain.doFilter(request, wrapped);
            } catch (IOException | ServletException | RuntimeException e) {
                log.error("API {} {}: {}", request.getMethod(), request.getRequestURI(), Masking.mask(String.valueOf(e)), e);
                if (response.isCommitted()) {
                    throw e;
                }
                problem(request, response, 500, null);
            }
        }


        private void problem(HttpServletRequest request, HttpServletResponse response, int status, String message)
                throws IOException {
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            HttpStatus s = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.resolve(status);
            String detail;
            if (s == HttpStatus.NOT_FOUND || s == HttpStatus.METHOD_NOT_ALLOWED) {
                detail = problems.message("problem.notFoundPath", Problems.locale(request), request.getMethod(),
                        Problems.maskedPath(request.getRequestURI()));
            } else if (s.is5xxServerError()) {
                detail = problems.message("problem.unexpected", Problems.locale(request), s.value());
            } else {
                detail = message == null || message.isBlank() ? problems.title(s.value(), Problems.locale(request))
                        : Masking.mask(message);
            }
            problems.writeDetail(request, response, s, detail);
        }
    }
}
