package org.orienta.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Company sign-in through OpenID Connect: the organisation's identity providers, by an id of the
 * administrator's choosing ({@code orienta.oidc.providers.<id>.*}). No provider: nothing changes, people
 * sign in with their Orienta password only (docs/deployment.md, Company sign-in).
 */
@ConfigurationProperties("orienta.oidc")
public record CompanySignInSettings(Map<String, Provider> providers) {

    public CompanySignInSettings {
        // Sorted by id, so the buttons keep their order from start to start.
        providers = providers == null ? Map.of() : new java.util.TreeMap<>(providers);
    }

    public boolean enabled() {
        return !providers.isEmpty();
    }

    /**
     * One identity provider. {@code roleGroups} maps an Orienta role to the provider's groups that grant it
     * (several separated by commas); {@code departments} maps a value of the department claim (a code) to a
     * department's name in Orienta, for providers that send codes.
     */
    public record Provider(
            String issuerUri,
            String clientId,
            @Nullable String clientSecret,
            @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
            @Nullable String label,
            @DefaultValue Claims claims,
            @Nullable Map<String, String> roleGroups,
            @DefaultValue("false") boolean rolesManagedInOrienta,
            @Nullable Map<String, String> departments,
            @Nullable String defaultDepartment) {

        public Provider {
            roleGroups = roleGroups == null ? Map.of() : new LinkedHashMap<>(roleGroups);
            departments = departments == null ? Map.of() : new LinkedHashMap<>(departments);
            scopes = List.copyOf(scopes);
            for (var role : roleGroups.keySet()) {
                if (java.util.Arrays.stream(Role.values())
                        .noneMatch(r -> r.name().equalsIgnoreCase(role.strip()))) {
                    // Said at start-up, not at someone's sign-in.
                    throw new IllegalArgumentException("orienta.oidc.providers.*.role-groups." + role
                            + ": no such role; the roles are " + java.util.Arrays.toString(Role.values()));
                }
            }
        }

        /** The button's text after "Sign in with": the label, or else the id. */
        public String shownLabel(String id) {
            return label == null || label.isBlank() ? id : label.strip();
        }

        /**
         * The roles the person's groups grant. Keycloak sends groups as paths ("/orienta-trainers"), so a
         * leading slash is ignored; Entra ID sends group object ids, which are written here as they are.
         */
        Set<Role> rolesFor(List<String> groups) {
            var held = groups.stream().map(Provider::groupName).collect(java.util.stream.Collectors.toSet());
            var roles = java.util.EnumSet.noneOf(Role.class);
            roleGroups.forEach((role, names) -> {
                for (var name : names.split(",")) {
                    if (!name.isBlank() && held.contains(groupName(name))) {
                        roles.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
                    }
                }
            });
            return roles;
        }

        private static String groupName(String group) {
            var name = group.strip();
            return name.startsWith("/") ? name.substring(1) : name;
        }
    }

    /** The claims Orienta reads, by name; the defaults are OpenID Connect's standard claims. */
    public record Claims(
            @DefaultValue("preferred_username") String username,
            @DefaultValue("name") String name,
            @DefaultValue("email") String email,
            @DefaultValue("groups") String groups,
            @DefaultValue("department") String department,
            @DefaultValue("job_role") String jobRole,
            @DefaultValue("manager") String manager) {}
}
