package org.orienta.people.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.time.Clock;
import org.orienta.audit.AuditService;
import org.orienta.base.SessionSettings;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Views are protected by Vaadin's navigation access control ({@code @RolesAllowed} on the view);
 * services by method security ({@code @PreAuthorize}), which this class switches on (a test proves it
 * is on). JSR-250 method security stays off on purpose: it would proxy every view carrying
 * {@code @RolesAllowed}, and a proxied Vaadin component breaks. See docs/decisions/0004-passwords.md
 * for the hashing.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String LOGIN_ROUTE = "login";

    /** A bean for its idle sweep; a filter in the security chain only, not a second time in the servlet's. */
    @Bean
    IdleSignOut idleSignOut(SessionSettings settings, Clock clock, AuditService audit, SessionDirectory sessions) {
        return new IdleSignOut(settings.idleTimeout(), clock, audit, sessions);
    }

    @Bean
    FilterRegistrationBean<IdleSignOut> idleSignOutOnlyInTheSecurityChain(IdleSignOut idle) {
        var registration = new FilterRegistrationBean<>(idle);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    SecurityFilterChain vaadinSecurityFilterChain(
            HttpSecurity http,
            SignInThrottle throttle,
            AuditService audit,
            SessionDirectory sessions,
            IdleSignOut idle,
            CompanySignIn company)
            throws Exception {
        // Signing out anywhere signs the person out everywhere (their other browsers and devices).
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null) {
                var session = request.getSession(false);
                sessions.end(authentication.getName(), session == null ? null : session.getId());
            }
        }));
        // Public static files the sign-in page itself shows (logo, icons).
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/images/**", "/fonts/**").permitAll());
        // A single-use visit link opens its one page without an account (ADR 0044): that page's address
        // only, read with GET; the service checks the token on every call, and Vaadin's own requests from
        // the page carry Vaadin's CSRF token as on every other page.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers(HttpMethod.GET, "/visit/*").permitAll());
        // Load balancers and monitors ask without signing in; nothing personal is in these answers.
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus")
                        .permitAll());
        // The backup command proves itself with the operator token file, not a session (operations module).
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers(HttpMethod.POST, "/operations/backup").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/operations/backup"));
        http.addFilterBefore(new SignInGuard(throttle, audit), UsernamePasswordAuthenticationFilter.class);
        // Company sign-in through the organisation's identity providers, when the settings name any.
        company.configure(http);
        http.addFilterBefore(idle, AuthorizationFilter.class);
        // Operations endpoints other than health and metrics are no one's business.
        http.authorizeHttpRequests(requests ->
                requests.requestMatchers("/actuator", "/actuator/**").denyAll());
        // An address that is no view, file or endpoint goes to Vaadin for a signed-in person, which shows the
        // Not found page; Vaadin's default denies it with an empty 403 that reads as a broken server.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LOGIN_ROUTE).anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (company.enabled()) {
                vaadin.logoutSuccessHandler(company.logoutSuccess());
            }
        });
        return http.build();
    }

    /** Before everything else, so that even responses Spring Security never sees carry the headers. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordHashing.encoder();
    }
}
