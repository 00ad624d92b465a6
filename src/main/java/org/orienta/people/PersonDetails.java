package org.orienta.people;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person as an edit form needs them, with the version the form is based on. */
public record PersonDetails(PersonId id, PersonDraft draft, boolean enabled, boolean demo, long version) {

    public String username() {
        return draft.username();
    }

    public String displayName() {
        return draft.displayName();
    }

    public Set<Role> roles() {
        return draft.roles();
    }

    public @Nullable DepartmentId departmentId() {
        return draft.departmentId();
    }
}
