package org.orienta.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CompanySignInSettingsTest {

    private static CompanySignInSettings.Provider provider(Map<String, String> roleGroups) {
        return new CompanySignInSettings.Provider(
                "https://id.example/realms/bank",
                "orienta",
                null,
                List.of("openid"),
                null,
                new CompanySignInSettings.Claims(
                        "preferred_username", "name", "email", "groups", "department", "job_role", "manager"),
                roleGroups,
                false,
                null,
                null);
    }

    @Test
    void groups_grant_the_roles_they_are_mapped_to_with_keycloaks_leading_slash_ignored() {
        var provider = provider(Map.of("TRAINER", "orienta-trainers, coaches", "hr", "orienta-hr"));

        assertThat(provider.rolesFor(List.of("/orienta-trainers", "staff"))).containsExactly(Role.TRAINER);
        assertThat(provider.rolesFor(List.of("coaches", "orienta-hr")))
                .containsExactlyInAnyOrder(Role.TRAINER, Role.HR);
        assertThat(provider.rolesFor(List.of("staff"))).isEmpty();
    }

    @Test
    void a_role_that_does_not_exist_is_refused_when_the_settings_are_read() {
        assertThatThrownBy(() -> provider(Map.of("TRAINERS", "orienta-trainers")))
                .hasMessageContaining("role-groups.TRAINERS")
                .hasMessageContaining("TRAINER");
    }

    @Test
    void the_button_shows_the_label_or_else_the_providers_id() {
        assertThat(provider(Map.of()).shownLabel("keycloak")).isEqualTo("keycloak");
    }

    @Test
    void with_passwords_off_only_the_break_glass_administrator_may_use_one() {
        var settings = new PasswordSignInSettings(false, "Rescue");

        assertThat(settings.allows("rescue")).isTrue();
        assertThat(settings.allows("anna")).isFalse();
        assertThat(new PasswordSignInSettings(false, null).allows("rescue")).isFalse();
        assertThat(new PasswordSignInSettings(true, null).allows("anna")).isTrue();
    }

    @Test
    void a_provider_needs_only_its_issuer_and_client_the_rest_has_defaults() {
        var source = new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(Map.of(
                "orienta.oidc.providers.bank.issuer-uri", "https://id.bank.example/realms/bank",
                "orienta.oidc.providers.bank.client-id", "orienta",
                "orienta.oidc.providers.bank.role-groups.TRAINER", "orienta-trainers",
                "orienta.oidc.providers.bank.claims.department", "costCentre"));

        var settings = new org.springframework.boot.context.properties.bind.Binder(source)
                .bindOrCreate("orienta.oidc", CompanySignInSettings.class);

        var bank = settings.providers().get("bank");
        assertThat(bank.scopes()).containsExactly("openid", "profile", "email");
        assertThat(bank.claims().username()).isEqualTo("preferred_username");
        assertThat(bank.claims().department()).isEqualTo("costCentre");
        assertThat(bank.rolesFor(List.of("orienta-trainers"))).containsExactly(Role.TRAINER);
        assertThat(bank.rolesManagedInOrienta()).isFalse();
    }

    @Test
    void no_provider_is_the_default_and_changes_nothing() {
        var settings =
                org.orienta.SettingsBinding.fromEnvironment("orienta.oidc", CompanySignInSettings.class, Map.of());

        assertThat(settings.enabled()).isFalse();
    }

    @Test
    void passwords_are_switched_off_by_two_environment_variables() {
        var settings = org.orienta.SettingsBinding.fromEnvironment(
                "orienta.auth",
                PasswordSignInSettings.class,
                Map.of("ORIENTA_AUTH_LOCALPASSWORDS", "false", "ORIENTA_AUTH_BREAKGLASSADMIN", "rescue"));

        assertThat(settings.localPasswords()).isFalse();
        assertThat(settings.allows("rescue")).isTrue();
    }
}
