package org.orienta.reporting;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;
import org.orienta.people.DepartmentId;
import org.orienta.people.JobRoleId;

/**
 * What a report covers: one department and/or job role (or everyone), the months whose evidence counts
 * (inclusive; open ends allowed), with a module only the people it was assigned to, and which evidence
 * sources count.
 */
public record ReportFilter(
        @Nullable DepartmentId department,
        @Nullable JobRoleId jobRole,
        @Nullable YearMonth from,
        @Nullable YearMonth to,
        @Nullable String module,
        EvidenceFilter source) {

    public static final ReportFilter EVERYONE = new ReportFilter(null, null, null, null, null);

    public ReportFilter {
        if (from != null && to != null && from.isAfter(to)) {
            throw new org.orienta.base.InvalidInputException(
                    org.orienta.base.FieldProblem.of("to", "reports.filter.periodReversed"));
        }
    }

    /** All evidence counts. */
    public ReportFilter(
            @Nullable DepartmentId department,
            @Nullable JobRoleId jobRole,
            @Nullable YearMonth from,
            @Nullable YearMonth to,
            @Nullable String module) {
        this(department, jobRole, from, to, module, EvidenceFilter.ALL);
    }

    public ReportFilter withDepartment(@Nullable DepartmentId value) {
        return new ReportFilter(value, jobRole, from, to, module, source);
    }

    public ReportFilter withSource(EvidenceFilter value) {
        return new ReportFilter(department, jobRole, from, to, module, value);
    }

    public boolean hasPeriod() {
        return from != null || to != null;
    }
}
