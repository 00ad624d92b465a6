package org.orienta.people;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The signed-in person's own details; {@code language} is null while they follow the organisation's. */
public record MyProfile(
        PersonId id,
        String username,
        String displayName,
        String email,
        @Nullable String department,
        @Nullable String jobRole,
        Set<Role> roles,
        boolean mustChangePassword,
        @Nullable DepartmentId departmentId,
        @Nullable JobRoleId jobRoleId,
        @Nullable Locale language) {

    public MyProfile {
        roles = Set.copyOf(roles);
    }
}
