package org.orienta.people.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.orienta.people.CompanySignInSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.HttpServerErrorException;
import org.springframework.web.client.ResourceAccessException;

/**
 * The identity providers of the settings, each read from its issuer's discovery document when first
 * used, not at start-up: a provider that is down must not keep Orienta (and its password sign-in for the
 * break-glass administrator) from starting. A provider that cannot be read is tried again at the next
 * sign-in; one that could is kept (its keys are fetched, and refreshed, by the token decoder).
 */
class ProviderRegistrations implements ClientRegistrationRepository {

    private static final Logger log = LoggerFactory.getLogger(ProviderRegistrations.class);

    /** Why a provider cannot be used now, as the sign-in page explains it. */
    enum Problem {
        UNKNOWN,
        UNAVAILABLE,
        MISCONFIGURED
    }

    static final class Unusable extends Exception {

        private final Problem problem;

        Unusable(Problem problem, String message) {
            super(message, null, false, false);
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }

    private final CompanySignInSettings settings;
    private final Map<String, ClientRegistration> read = new ConcurrentHashMap<>();

    ProviderRegistrations(CompanySignInSettings settings) {
        this.settings = settings;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        try {
            return registration(registrationId);
        } catch (Unusable unusable) {
            return null;
        }
    }

    ClientRegistration registration(String id) throws Unusable {
        var known = read.get(id);
        if (known != null) {
            return known;
        }
        var provider = settings.providers().get(id);
        if (provider == null) {
            throw new Unusable(Problem.UNKNOWN, "no provider " + id);
        }
        ClientRegistration.Builder builder;
        try {
            builder = ClientRegistrations.fromIssuerLocation(provider.issuerUri());
        } catch (RuntimeException e) {
            var problem = unavailable(e) ? Problem.UNAVAILABLE : Problem.MISCONFIGURED;
            // For the operator: the sign-in page only says that it is the provider, in words.
            log.warn("Company sign-in '{}' ({}): {}: {}", id, provider.issuerUri(), problem, e.getMessage());
            throw new Unusable(problem, String.valueOf(e.getMessage()));
        }
        var secret = provider.clientSecret();
        builder.registrationId(id)
                .clientId(provider.clientId())
                .clientName(provider.shownLabel(id))
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(provider.scopes());
        if (secret == null || secret.isBlank()) {
            // A public client: PKCE alone proves the code's requester.
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            builder.clientSecret(secret).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
        }
        var registration = builder.build();
        read.put(id, registration);
        return registration;
    }

    /** Down, unreachable or failing (try later) rather than wrongly named (fix the settings). */
    private static boolean unavailable(Throwable e) {
        for (var cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ResourceAccessException
                    || cause instanceof HttpServerErrorException
                    || cause instanceof java.io.IOException) {
                return true;
            }
            if (cause instanceof HttpClientErrorException) {
                return false;
            }
        }
        return false;
    }
}
