package vn.dvc.adapter.admin.security;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.admin.Problems;
import vn.dvc.adapter.admin.Role;

/**
 * Who may do what. Three chains: the JSON API and the actuator (stateless, HTTP Basic or a bearer
 * token, 401/403 as problem details, no CSRF since no cookie authenticates there, but no foreign
 * writes), the OpenAPI description (session, Basic or bearer) and the console (form login with a
 * session, CSRF tokens on every form). Each locks a user name or an address after failed logins. Only for the web server: the other
 * commands boot without one and without this.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfig {

    static final String VIEWER = Role.VIEWER.name();
    static final String OPERATOR = Role.OPERATOR.name();
    static final String ADMIN = Role.ADMIN.name();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** The configured users; each holds the authorities of its role and of the roles below it. */
    @Bean
    UserDetailsService adminUsers(AdminProperties admin) {
        admin.validateEntries();
        List<UserDetails> users = new ArrayList<>();
        for (int i = 0; i < admin.users().size(); i++) {
            AdminProperties.User u = admin.users().get(i);
            users.add(User.withUsername(u.username().trim()).password(u.password().trim())
                    .authorities(Role.parse(u.role(), "adapter.admin.users[" + i + "].role").authorities()).build());
        }
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Scripts, styles, images and calls only from the adapter itself (the console's scripts are
     * files; its JSON data blocks are not scripts); inline styles are allowed because ECharts'
     * tooltips and Swagger UI write them, and a style runs no code. No framing, no plugins.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /** The same response headers on every chain; HSTS (Spring's default) only on requests that came over TLS. */
    static void headers(HttpSecurity http) throws Exception {
        http.headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy(PERMISSIONS))
                .httpStrictTransportSecurity(t -> t.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AdminProperties admin, Problems problems, LoginThrottle throttle,
                            LoginAudit audit) throws Exception {
        ProblemAnswers answers = new ProblemAnswers(problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/transfers/replay", "/api/sync", "/api/reconcile").hasRole(OPERATOR)
                        .requestMatchers(HttpMethod.POST, "/api/catalogue/refresh", "/api/backup").hasRole(ADMIN)
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(ADMIN)
                        .anyRequest().hasRole(VIEWER))
                .httpBasic(b -> b.authenticationEntryPoint(answers))
                .addFilterBefore(new SameOriginWrites(problems), BasicAuthenticationFilter.class)
                .addFilterBefore(new ThrottleFilter(throttle, audit, problems, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(admin.tokens(), answers, throttle), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no cookie authenticates here; SameOriginWrites stands in for CSRF tokens
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        headers(http);
        return http.build();
    }

    /**
     * The OpenAPI description: a signed-in console user (Swagger UI reads it with the session) and
     * the API's own callers (Basic or a bearer token, as the description says) may read it.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescription(HttpSecurity http, AdminProperties admin, Problems problems, LoginThrottle throttle,
                                       LoginAudit audit) throws Exception {
        ProblemAnswers answers = new ProblemAnswers(problems);
        RequestMatcher credentials = request -> request.getHeader("Authorization") != null;
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole(VIEWER))
                .httpBasic(b -> b.authenticationEntryPoint(answers))
                .addFilterBefore(new ThrottleFilter(throttle, audit, problems, true), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(admin.tokens(), answers, throttle), BasicAuthenticationFilter.class)
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(answers, credentials)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(answers));
        headers(http);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain console(HttpSecurity http, Problems problems, LoginThrottle throttle, LoginAudit audit)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/audit", "/audit/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/catalogue/refresh").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/transfers/replay", "/transfers/*/replay", "/sync", "/reconcile").hasRole(OPERATOR)
                        .anyRequest().hasRole(VIEWER))
                .addFilterBefore(new ThrottleFilter(throttle, audit, problems, false), UsernamePasswordAuthenticationFilter.class)
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        headers(http);
        return http.build();
    }
}
