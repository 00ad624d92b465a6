package org.orienta.curriculum;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.orienta.base.FieldProblem;
import org.orienta.base.ItemRef;
import org.orienta.competency.CompetencyCode;

/** A module may only refer to items and competencies that exist, each item once. */
public final class ModuleRules {

    private ModuleRules() {}

    public static List<FieldProblem> check(
            ModuleDefinition module, Set<CompetencyCode> knownCompetencies, Predicate<ItemRef> itemExists) {
        var problems = new ArrayList<FieldProblem>();
        for (CompetencyCode code : module.competencies()) {
            if (!knownCompetencies.contains(code)) {
                problems.add(FieldProblem.of("competencies", "evidence.unknownCompetency", code.value()));
            }
        }
        var seen = new HashSet<ItemRef>();
        for (int i = 0; i < module.items().size(); i++) {
            var item = module.items().get(i);
            var path = "items/" + i;
            if (!itemExists.test(item)) {
                problems.add(
                        FieldProblem.of(path, "module.itemMissing", item.kind().word(), item.key()));
            }
            if (!seen.add(item)) {
                problems.add(FieldProblem.of(
                        path, "module.duplicateItem", item.kind().word(), item.key()));
            }
        }
        return problems;
    }
}
