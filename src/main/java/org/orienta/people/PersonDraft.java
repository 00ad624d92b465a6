package org.orienta.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create or change a person; the manager is another person, or none. */
public record PersonDraft(
        String username,
        String displayName,
        String email,
        @Nullable DepartmentId departmentId,
        @Nullable JobRoleId jobRoleId,
        Set<Role> roles,
        @Nullable PersonId managerId) {

    public PersonDraft {
        roles = Set.copyOf(roles);
    }

    /** A person without a manager. */
    public PersonDraft(
            String username,
            String displayName,
            String email,
            @Nullable DepartmentId departmentId,
            @Nullable JobRoleId jobRoleId,
            Set<Role> roles) {
        this(username, displayName, email, departmentId, jobRoleId, roles, null);
    }
}
