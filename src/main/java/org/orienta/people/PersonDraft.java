package org.orienta.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create or change a person. */
public record PersonDraft(String username, String displayName, String email, @Nullable DepartmentId departmentId,
        @Nullable JobRoleId jobRoleId, Set<Role> roles) {

    public PersonDraft {
        roles = Set.copyOf(roles);
    }
}
