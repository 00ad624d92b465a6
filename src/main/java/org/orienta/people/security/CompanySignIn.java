package org.orienta.people.security;

import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.orienta.audit.AuditAction;
import org.orienta.audit.AuditOutcome;
import org.orienta.audit.AuditService;
import org.orienta.audit.AuditText;
import org.orienta.people.CompanySignInSettings;
import org.orienta.people.PasswordSignInSettings;
import org.orienta.people.ProviderAccounts;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionInformation;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Company sign-in through the organisation's OpenID Connect providers (authorization code with PKCE),
 * beside or instead of Orienta's passwords; docs/decisions/0037-company-sign-in.md. With no provider in
 * the settings none of this is wired and the sign-in is exactly as before.
 */
@Component
class CompanySignIn {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CompanySignIn.class);

    static final String AUTHORIZATION = "/oauth2/authorization";
    static final String CALLBACK = "/login/oauth2/code/";

    /** What the sign-in page is told, by Spring Security's and Orienta's error codes. */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry(ProviderAccounts.DISABLED, "disabled"),
            Map.entry(ProviderAccounts.NO_DEPARTMENT, "department"),
            Map.entry(ProviderAccounts.NOT_ALLOWED, "refused"),
            Map.entry(ProviderAccounts.MISSING_CLAIM, "claim"),
            Map.entry("invalid_id_token", "token"),
            Map.entry("invalid_nonce", "token"),
            Map.entry("authorization_request_not_found", "expired"),
            Map.entry("invalid_state_parameter", "expired"),
            Map.entry("client_registration_not_found", "unknown"),
            Map.entry("access_denied", "cancelled"),
            Map.entry("invalid_token_response", "unavailable"),
            Map.entry("invalid_user_info_response", "unavailable"),
            Map.entry("server_error", "unavailable"),
            Map.entry("temporarily_unavailable", "unavailable"),
            Map.entry("invalid_client", "misconfigured"),
            Map.entry("unauthorized_client", "misconfigured"),
            Map.entry("invalid_scope", "misconfigured"),
            Map.entry("invalid_request", "misconfigured"));

    private static final java.util.Set<String> AUDITED =
            java.util.Set.of(ProviderAccounts.DISABLED, ProviderAccounts.NO_DEPARTMENT, ProviderAccounts.NOT_ALLOWED);

    private final CompanySignInSettings settings;
    private final PasswordSignInSettings passwords;
    private final ProviderAccounts accounts;
    private final AuditService audit;
    private final ProviderRegistrations registrations;

    CompanySignIn(
            CompanySignInSettings settings,
            PasswordSignInSettings passwords,
            ProviderAccounts accounts,
            AuditService audit) {
        this.settings = settings;
        this.passwords = passwords;
        this.accounts = accounts;
        this.audit = audit;
        this.registrations = new ProviderRegistrations(settings);
    }

    void configure(HttpSecurity http) throws Exception {
        http.addFilterBefore(new PasswordGate(passwords, audit), UsernamePasswordAuthenticationFilter.class);
        if (!settings.enabled()) {
            return;
        }
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations, AUTHORIZATION);
        // PKCE for every client, confidential ones too (OAuth 2.1; RFC 9700, 2.1.1).
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        http.oauth2Login(login -> login.loginPage("/" + SecurityConfig.LOGIN_ROUTE)
                .clientRegistrationRepository(registrations)
                // Access tokens are not used after sign-in; in the session they end with it, not in a map for ever.
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts))
                .failureHandler(failure()));
        // The provider ends the person's sessions (they signed out there, or were removed): on every node,
        // through the session directory, as when an administrator disables them (ADR 0017).
        http.oidcLogout(logout -> logout.clientRegistrationRepository(registrations)
                .oidcSessionRegistry(new NoSessionRegistry())
                .backChannel(backChannel -> backChannel.logoutHandler((request, response, authentication) -> {
                    if (authentication != null
                            && authentication.getPrincipal() instanceof OidcLogoutToken token
                            && token.getSubject() != null) {
                        accounts.signedOutAtProvider(token.getIssuer().toString(), token.getSubject());
                    }
                })));
        http.addFilterBefore(new ProviderGate(registrations), OAuth2AuthorizationRequestRedirectFilter.class);
    }

    /**
     * Signing out also ends the session at the provider when it offers RP-initiated logout (with the ID
     * token as hint, and back to the sign-in page); a password sign-in just lands on the sign-in page.
     */
    LogoutSuccessHandler logoutSuccess() {
        var handler = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        handler.setPostLogoutRedirectUri("{baseUrl}/" + SecurityConfig.LOGIN_ROUTE);
        handler.setDefaultTargetUrl("/" + SecurityConfig.LOGIN_ROUTE);
        // Sign-out starts in a Vaadin request: the browser must be told to go, not the XHR redirected.
        handler.setRedirectStrategy(new UidlRedirectStrategy());
        return handler;
    }

    boolean enabled() {
        return settings.enabled();
    }

    /** Back to the sign-in page with the reason in words; never Spring Security's error page or a trace. */
    private AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            var code = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "";
            var reason = REASONS.getOrDefault(code, unavailable(exception) ? "unavailable" : "failed");
            var provider = request.getRequestURI().contains(CALLBACK)
                    ? request.getRequestURI().substring(request.getRequestURI().indexOf(CALLBACK) + CALLBACK.length())
                    : "";
            // For the operator: what the provider or the token said (codes and messages, never a token).
            log.warn("Company sign-in through '{}' failed ({}): {}", provider, code, causes(exception));
            if (!AUDITED.contains(code)) {
                // Orienta's own refusals of a person were audited with their name where they were decided.
                audit.recordFrequent(
                        "provider:" + provider,
                        AuditAction.SIGN_IN_FAILED,
                        "provider:" + provider,
                        AuditOutcome.FAILURE,
                        AuditText.literal(code.isEmpty() ? exception.getClass().getSimpleName() : code),
                        request.getRemoteAddr());
            }
            var target = "/" + SecurityConfig.LOGIN_ROUTE + "?signin-error=" + reason;
            if (code.equals(ProviderAccounts.MISSING_CLAIM)
                    && exception instanceof OAuth2AuthenticationException oauth) {
                var claim = String.valueOf(oauth.getError().getDescription());
                if (claim.matches("[A-Za-z0-9_.:-]{1,64}")) {
                    target += "&claim=" + URLEncoder.encode(claim, StandardCharsets.UTF_8);
                }
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }

    private static String causes(Throwable exception) {
        var text = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            text.append(text.isEmpty() ? "" : " <- ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(abbreviated(String.valueOf(cause.getMessage())));
        }
        return text.toString();
    }

    /** A provider's error page can be long; its first lines say what went wrong. */
    private static String abbreviated(String message) {
        var line = message.replaceAll("\\s+", " ");
        return line.length() <= 300 ? line : line.substring(0, 300) + "...";
    }

    private static boolean unavailable(AuthenticationException exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.springframework.web.client.ResourceAccessException
                    || cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    /** The address within Orienta, whichever servlet serves it (Vaadin's maps "/*", so its servlet path is empty). */
    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * Spring Security's default keeps every provider sign-in's session in memory for its own back-channel
     * handler, and forgets it only with a session event Orienta does not publish; the session directory
     * does that job here, so nothing is kept.
     */
    static final class NoSessionRegistry implements OidcSessionRegistry {

        @Override
        public void saveSessionInformation(OidcSessionInformation info) {
            // Not needed: the back-channel handler finds sessions through the session directory.
        }

        @Override
        public @Nullable OidcSessionInformation removeSessionInformation(String clientSessionId) {
            return null;
        }

        @Override
        public Iterable<OidcSessionInformation> removeSessionInformation(OidcLogoutToken logoutToken) {
            return java.util.List.of();
        }
    }

    /**
     * Reads the provider before sending the browser there: a provider that is down or misconfigured is
     * said on the sign-in page instead of as a server error.
     */
    static final class ProviderGate extends OncePerRequestFilter {

        private final ProviderRegistrations registrations;

        ProviderGate(ProviderRegistrations registrations) {
            this.registrations = registrations;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !path(request).startsWith(AUTHORIZATION + "/");
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var id = path(request).substring(AUTHORIZATION.length() + 1);
            try {
                registrations.registration(id);
            } catch (ProviderRegistrations.Unusable unusable) {
                var reason = switch (unusable.problem()) {
                    case UNKNOWN -> "unknown";
                    case UNAVAILABLE -> "unavailable";
                    case MISCONFIGURED -> "misconfigured";
                };
                response.sendRedirect(
                        request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + "?signin-error=" + reason);
                return;
            }
            chain.doFilter(request, response);
        }
    }

    /**
     * With passwords switched off, only the break-glass administrator's password sign-in reaches the
     * password check; anyone else is sent back to the sign-in page, which says to use the company sign-in.
     */
    static final class PasswordGate extends OncePerRequestFilter {

        private final PasswordSignInSettings passwords;
        private final AuditService audit;

        PasswordGate(PasswordSignInSettings passwords, AuditService audit) {
            this.passwords = passwords;
            this.audit = audit;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return passwords.localPasswords()
                    || !("POST".equals(request.getMethod()) && path(request).equals("/" + SecurityConfig.LOGIN_ROUTE));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            var username = String.valueOf(request.getParameter("username"));
            if (passwords.allows(username)) {
                chain.doFilter(request, response);
                return;
            }
            audit.recordFrequent(
                    username,
                    AuditAction.SIGN_IN_FAILED,
                    username,
                    AuditOutcome.FAILURE,
                    AuditText.of("audit.text.passwordsOff"),
                    request.getRemoteAddr());
            response.sendRedirect(
                    request.getContextPath() + "/" + SecurityConfig.LOGIN_ROUTE + "?signin-error=passwords");
        }
    }
}
