package vn.dvc.adapter.admin.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.StreamReadFeature;

import vn.dvc.adapter.admin.Problems;

/**
 * What the API reads from a request's body is read strictly, so a typo never changes what runs: a field it does not
 * know ({@code spring.jackson.deserialization.fail-on-unknown-properties}) or one given twice is refused, both named by
 * {@link ApiProblems}; an endpoint that takes no body refuses one ({@code POST /api/sync} with {@code {"bogus":1}}
 * started a sync). The security probe posted {@code {"ids":["x"],"dryRun":true,"dryRun":false}}: the last won, and a
 * real replay ran. An empty body or {@code {}} stays accepted where none is read.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class StrictBodies implements WebMvcConfigurer {

    private final Problems problems;

    StrictBodies(Problems problems) {
        this.problems = problems;
    }

    @Bean
    JsonMapperBuilderCustomizer duplicateFieldsRefused() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new NoBodyExpected(problems)).addPathPatterns("/api/**");
    }

    /** A body sent to an API endpoint that reads none: 400, and nothing runs. */
    static final class NoBodyExpected implements HandlerInterceptor {

        private final Problems problems;

        NoBodyExpected(Problems problems) {
            this.problems = problems;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws IOException {
            if (!(handler instanceof HandlerMethod method)
                    || Arrays.stream(method.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class))
                    || nothingSent(request)) {
                return true;
            }
            problems.write(request, response, HttpStatus.BAD_REQUEST, "problem.noBody");
            return false;
        }

        /** No body, or an empty one: whitespace or {@code {}}, which some clients send with every POST. */
        private static boolean nothingSent(HttpServletRequest request) throws IOException {
            if (request.getContentLengthLong() == 0 || (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null)) {
                return true;
            }
            try (InputStream in = request.getInputStream()) {
                String start = new String(in.readNBytes(64), StandardCharsets.UTF_8).replaceAll("\\s", "");
                return start.isEmpty() || start.equals("{}");
            }
        }
    }
}
