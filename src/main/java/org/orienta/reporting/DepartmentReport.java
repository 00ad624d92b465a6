package org.orienta.reporting;

import java.util.List;
import org.orienta.people.DepartmentId;

/**
 * One department: its row of the matrix and, for readers who may see individuals, its people by
 * competencies ({@code people} is empty otherwise).
 */
public record DepartmentReport(
        DepartmentId id,
        String name,
        List<CompetencyColumn> competencies,
        MatrixRow summary,
        List<PersonLevels> people,
        Coverage coverage) {

    public DepartmentReport {
        competencies = List.copyOf(competencies);
        people = List.copyOf(people);
    }
}
