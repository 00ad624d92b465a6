package org.orienta.reporting;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.orienta.people.DepartmentId;
import org.orienta.people.JobRoleId;

/**
 * What a report covers: one department and/or job role (or everyone), the months whose evidence counts
 * (inclusive; open ends allowed) and, with a module, only the people it was assigned to.
 */
public record ReportFilter(
        @Nullable DepartmentId department,
        @Nullable JobRoleId jobRole,
        @Nullable YearMonth from,
        @Nullable YearMonth to,
        @Nullable String module) {

    public static final ReportFilter EVERYONE = new ReportFilter(null, null, null, null, null);

    public ReportFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new org.orienta.base.InvalidInputException(
                    org.orienta.base.FieldProblem.of("to", "reports.filter.periodReversed"));
        }
    }

    public ReportFilter withDepartment(@Nullable DepartmentId value) {
        return new ReportFilter(value, jobRole, from, to, module);
    }

    public boolean hasPeriod() {
        return from != null || to != null;
    }
}
