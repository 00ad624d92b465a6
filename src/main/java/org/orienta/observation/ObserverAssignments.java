package org.orienta.observation;

import java.util.List;
import org.orienta.people.DepartmentOption;
import org.orienta.people.TraineeRow;

/** What an external observer may observe: whole branches, and named people. */
public record ObserverAssignments(List<DepartmentOption> branches, List<TraineeRow> people) {

    public ObserverAssignments {
        branches = List.copyOf(branches);
        people = List.copyOf(people);
    }

    public boolean isEmpty() {
        return branches.isEmpty() && people.isEmpty();
    }
}
