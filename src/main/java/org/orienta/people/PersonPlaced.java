package org.orienta.people;

import org.jspecify.annotations.Nullable;

/**
 * A person was created or changed department, job role or roles: what standing assignments listen to,
 * so that someone joining a department receives its training.
 */
public record PersonPlaced(
        PersonId person,
        @Nullable DepartmentId department,
        @Nullable JobRoleId jobRole,
        boolean trainee) {}
