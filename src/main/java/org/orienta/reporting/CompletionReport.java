package org.orienta.reporting;

import java.time.LocalDate;
import java.util.List;
import org.orienta.base.LocalizedText;
import org.orienta.people.PersonId;

/**
 * Assignments by department and module, and who is overdue ({@code overdue} is empty for readers who
 * may not see individuals).
 */
public record CompletionReport(List<Row> rows, Row total, List<Overdue> overdue, Coverage coverage) {

    public CompletionReport {
        rows = List.copyOf(rows);
        overdue = List.copyOf(overdue);
    }

    public record Row(
            String department,
            String module,
            LocalizedText title,
            int assigned,
            int completed,
            int inProgress,
            int notStarted,
            int overdue,
            boolean hidden) {

        public double completedShare() {
            return assigned == 0 ? 0 : (double) completed / assigned;
        }
    }

    public record Overdue(
            PersonId person,
            String name,
            String department,
            LocalizedText module,
            LocalDate due,
            long daysOverdue,
            int completed,
            int items) {}
}
