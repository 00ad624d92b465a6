package org.orienta.people;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether people may sign in with an Orienta password. With company sign-in, an organisation can switch
 * passwords off for everyone except one break-glass administrator, who still signs in with a password
 * when the identity provider is down or misconfigured (the form at {@code /login?password}).
 */
@ConfigurationProperties("orienta.auth")
public record PasswordSignInSettings(
        @DefaultValue("true") boolean localPasswords,
        @Nullable String breakGlassAdmin) {

    /** Whether this username may sign in with a password. */
    public boolean allows(String username) {
        return localPasswords
                || (breakGlassAdmin != null
                        && !breakGlassAdmin.isBlank()
                        && PersonRules.normaliseUsername(breakGlassAdmin)
                                .equals(PersonRules.normaliseUsername(username)));
    }
}
