package org.orienta.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person as the administrator's people list shows them. */
public record PersonRow(
        PersonId id,
        String username,
        String displayName,
        String email,
        @Nullable String manager,
        @Nullable String department,
        @Nullable String jobRole,
        Set<Role> roles,
        boolean enabled,
        boolean mustChangePassword) {

    public PersonRow {
        roles = Set.copyOf(roles);
    }
}
