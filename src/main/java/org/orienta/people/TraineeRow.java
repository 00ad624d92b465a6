package org.orienta.people;

import org.jspecify.annotations.Nullable;

/** A trainee as trainers and HR see them in lists: who, and where they work. */
public record TraineeRow(
        PersonId id,
        String displayName,
        @Nullable DepartmentId department,
        @Nullable String departmentName,
        @Nullable JobRoleId jobRole,
        @Nullable String jobRoleName) {}
