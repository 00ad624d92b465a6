package org.orienta.reporting;

import java.util.List;

/** Departments by competencies, with the organisation's total. */
public record OrgMatrix(List<CompetencyColumn> competencies, List<MatrixRow> rows, MatrixRow total, Coverage coverage) {

    public OrgMatrix {
        competencies = List.copyOf(competencies);
        rows = List.copyOf(rows);
    }
}
