package org.orienta.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemKind;
import org.orienta.base.LocalizedText;
import org.orienta.people.TraineeRow;
import org.orienta.progress.assignment.ModuleStatus;
import org.orienta.progress.proficiency.CompetencyProfile;

/**
 * One person as HR sees them: the profile they see themselves, their assignments and their assessed
 * attempts (practice runs stay the trainee's own).
 */
public record PersonReport(
        TraineeRow person,
        CompetencyProfile profile,
        List<AssignmentLine> assignments,
        List<AttemptLine> attempts,
        Coverage coverage) {

    public PersonReport {
        assignments = List.copyOf(assignments);
        attempts = List.copyOf(attempts);
    }

    public record AssignmentLine(
            String module,
            LocalizedText title,
            @Nullable LocalDate due,
            ModuleStatus status,
            int completed,
            int items) {}

    public record AttemptLine(
            long id,
            ItemKind kind,
            LocalizedText title,
            String status,
            @Nullable Double score,
            @Nullable String outcome,
            Instant startedAt,
            @Nullable Instant completedAt) {}
}
