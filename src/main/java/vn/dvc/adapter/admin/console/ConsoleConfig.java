package vn.dvc.adapter.admin.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.dvc.adapter.admin.Problems;
import vn.dvc.adapter.admin.ops.LedgerHealthIndicator;

/**
 * Vietnamese by default; {@code ?lang=en} switches to English and a cookie keeps the choice. A page
 * or an API call asked for while the ledger's database is away answers at once ({@link LedgerAway}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleConfig implements WebMvcConfigurer {

    private final LedgerHealthIndicator ledger;

    ConsoleConfig(LedgerHealthIndicator ledger) {
        this.ledger = ledger;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new LangCookieResolver();
    }

    /**
     * A query or a form whose bytes are not UTF-8 ({@code /login?x=%C0%AF}): Tomcat throws at the first read of a
     * parameter, and on the console that was an ERROR line with a 16 KB stack trace for every such request, from anyone,
     * signed in or not (the security probe: 200 requests, 3.2 MB of log). Answered here with a 400 of one line, and
     * nothing logged; under {@code /api} the problem-detail filter answers it in its own shape.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> unreadableParameters(Problems problems) {
        FilterRegistrationBean<OncePerRequestFilter> bean = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getServletPath().startsWith("/api/") || Problems.parametersReadable(request)) {   // as the API's filter maps /api/*
                    chain.doFilter(request, response);
                    return;
                }
                response.setStatus(400);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.setContentType("text/plain;charset=UTF-8");
                response.getWriter().write(problems.message("problem.badRequestLine", Problems.locale(request)) + "\n");
            }
        });
        bean.addUrlPatterns("/*");
        bean.setOrder(-151);   // before the API's problem filter (-150) and Spring Security (-100)
        return bean;
    }

    /**
     * Spring Boot's own error answer outside {@code /api} (a 404 asked for without {@code Accept: text/html}) quotes the
     * path asked for: masked as the API's problems are ({@code /transfers/001099012345} came back in clear), and without
     * the exception's message.
     */
    @Bean
    org.springframework.boot.webmvc.error.ErrorAttributes errorAttributes() {
        return new org.springframework.boot.webmvc.error.DefaultErrorAttributes() {
            @Override
            public java.util.Map<String, Object> getErrorAttributes(org.springframework.web.context.request.WebRequest request,
                                                                    org.springframework.boot.web.error.ErrorAttributeOptions options) {
                java.util.Map<String, Object> attributes = super.getErrorAttributes(request, options);
                attributes.computeIfPresent("path", (key, path) -> Problems.maskedPath(String.valueOf(path)));
                attributes.computeIfPresent("message", (key, message) -> vn.dvc.adapter.system.Masking.mask(String.valueOf(message)));
                return attributes;
            }
        };
    }


    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
        registry.addInterceptor(new LedgerAway(ledger));
    }
}
