package org.orienta.checklist;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;

/** Behaviours have distinct ids and show only competencies the framework has. */
public final class ChecklistRules {

    private ChecklistRules() {}

    public static List<FieldProblem> check(ChecklistDefinition checklist, Set<CompetencyCode> knownCompetencies) {
        var problems = new ArrayList<FieldProblem>();
        var seen = new HashSet<String>();
        for (Behaviour behaviour : checklist.behaviours()) {
            var path = "behaviours/" + behaviour.id();
            if (!seen.add(behaviour.id())) {
                problems.add(FieldProblem.of(path, "exercise.duplicateId", behaviour.id(), "behaviours"));
            }
            for (Evidence evidence : behaviour.evidence()) {
                if (!knownCompetencies.contains(evidence.competency())) {
                    problems.add(FieldProblem.of(
                            path + "/evidence",
                            "evidence.unknownCompetency",
                            evidence.competency().value()));
                }
            }
        }
        return problems;
    }
}
