package org.orienta.observation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;

/**
 * A single-use visit link to issue: for a branch or for a person (exactly one), with a published
 * checklist, valid to the end of a day.
 *
 * @param label who will use it, e.g. "Agency Nord, visit 3": the visit is recorded under this name
 */
public record NewVisitLink(
        String label,
        @Nullable DepartmentId branch,
        @Nullable PersonId person,
        String checklistKey,
        LocalDate validUntil) {}
