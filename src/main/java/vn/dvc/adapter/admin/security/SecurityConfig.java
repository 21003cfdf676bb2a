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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

import vn.dvc.adapter.admin.AdminProperties;
import vn.dvc.adapter.admin.Problems;
import vn.dvc.adapter.admin.Role;

/**
 * Who may do what. Two chains: the JSON API and the actuator (stateless, HTTP Basic or a bearer
 * token, 401/403 as problem details, no CSRF since no cookie authenticates there) and the console
 * (form login with a session, CSRF tokens on every form). Only for the web server: the other
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

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AdminProperties admin, Problems problems) throws Exception {
        ProblemAnswers answers = new ProblemAnswers(problems);
        http.securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/transfers/replay", "/api/sync", "/api/reconcile").hasRole(OPERATOR)
                        .requestMatchers(HttpMethod.POST, "/api/catalogue/refresh").hasRole(ADMIN)
                        .requestMatchers("/api/audit", "/api/audit/**").hasRole(ADMIN)
                        .anyRequest().hasRole(VIEWER))
                .httpBasic(b -> b.authenticationEntryPoint(answers))
                .addFilterBefore(new BearerTokenFilter(admin.tokens(), answers), BasicAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain console(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/audit", "/audit/**").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/catalogue/refresh").hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/transfers/replay", "/transfers/*/replay", "/sync", "/reconcile").hasRole(OPERATOR)
                        .anyRequest().hasRole(VIEWER))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).failureUrl("/login?error").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }
}
