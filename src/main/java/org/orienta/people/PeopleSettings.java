package org.orienta.people;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the first start and demo mode.
 *
 * @param demo whether to add the demo organisation and show its logins on the sign-in page
 *     ({@code ORIENTA_DEMO})
 * @param admin the first administrator, created when no administrator exists
 */
@ConfigurationProperties("orienta")
record PeopleSettings(
        @DefaultValue("false") boolean demo, @DefaultValue Admin admin) {

    /**
     * @param username the first administrator's username ({@code ORIENTA_ADMIN_USERNAME})
     * @param password the first administrator's password ({@code ORIENTA_ADMIN_PASSWORD}); when empty, a
     *     one-time password is generated and written to the log once
     * @param email the first administrator's e-mail ({@code ORIENTA_ADMIN_EMAIL})
     */
    record Admin(
            @DefaultValue("admin") String username,
            @Nullable String password,
            @DefaultValue("admin@orienta.invalid") String email) {}
}
