package org.orienta.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The signed-in person's own details. */
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
        @Nullable JobRoleId jobRoleId) {

    public MyProfile {
        roles = Set.copyOf(roles);
    }
}
