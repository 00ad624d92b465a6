package org.orienta.reporting;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.people.DepartmentId;

/**
 * One department across the competencies, in framework order; without an id either the people with no
 * department or, when {@code total}, the whole scope.
 */
public record MatrixRow(
        @Nullable DepartmentId department,
        String name,
        int people,
        List<LevelCell> cells,
        boolean hidden,
        boolean total) {

    public MatrixRow {
        cells = List.copyOf(cells);
    }
}
