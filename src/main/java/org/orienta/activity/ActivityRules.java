package org.orienta.activity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;

/**
 * The rules a facilitator's guide must follow beyond its file's structure, shared by the importer and
 * the editor; each problem names the path of what is wrong ("steps/pairs-up"), which the importer turns
 * into a line and the editor into the field to highlight.
 */
public final class ActivityRules {

    /** Pairs need two people; a live group exercise with fewer is a conversation. */
    static final int SMALLEST_GROUP = 2;

    private ActivityRules() {}

    /**
     * @param checklistExists whether a checklist key names an observation checklist; while Orienta has
     *     no checklists every key passes and the reference stays as written
     */
    public static List<FieldProblem> check(
            ActivityDefinition activity, Set<CompetencyCode> knownCompetencies, Predicate<String> checklistExists) {
        var problems = new ArrayList<FieldProblem>();
        var size = activity.groupSize();
        if (size.fewest() < SMALLEST_GROUP) {
            problems.add(FieldProblem.of("group", "activity.groupTooSmall", SMALLEST_GROUP));
        }
        if (size.fewest() > size.most()) {
            problems.add(FieldProblem.of("group", "activity.groupMinAboveMax", size.fewest(), size.most()));
        }
        var teams = activity.teams();
        if (teams != null && activity.grouping() != Grouping.TEAMS) {
            problems.add(FieldProblem.of(
                    "teams", "activity.teamsWithoutTeams", activity.grouping().word()));
        }
        if (teams != null && activity.grouping() == Grouping.TEAMS) {
            if (teams < 2) {
                problems.add(FieldProblem.of("teams", "activity.tooFewTeams"));
            } else if (teams > size.fewest()) {
                // Every team needs someone in it even when the fewest people come.
                problems.add(FieldProblem.of("teams", "activity.moreTeamsThanPeople", teams, size.fewest()));
            }
        }
        if (activity.steps().isEmpty()) {
            problems.add(FieldProblem.of("steps", "activity.noSteps"));
        }
        unique("steps", activity.steps(), ActivityDefinition.Step::id, problems);
        unique("cards", activity.cards(), ActivityDefinition.Card::id, problems);
        int planned = activity.steps().stream()
                .mapToInt(s -> s.minutes() == null ? 0 : s.minutes())
                .sum();
        if (planned > activity.minutes()) {
            problems.add(FieldProblem.of("steps", "activity.stepsTooLong", planned, activity.minutes()));
        }
        if (activity.cardNote() != null && activity.cards().isEmpty()) {
            problems.add(FieldProblem.of("card_note", "activity.noteWithoutCards"));
        }
        if (activity.debrief().isEmpty()) {
            problems.add(FieldProblem.of("debrief", "activity.noDebrief"));
        }
        for (CompetencyCode code : activity.competencies()) {
            if (!knownCompetencies.contains(code)) {
                problems.add(FieldProblem.of("competencies", "evidence.unknownCompetency", code.value()));
            }
        }
        var checklist = activity.checklist();
        if (checklist != null && !checklistExists.test(checklist)) {
            problems.add(FieldProblem.of("checklist", "activity.unknownChecklist", checklist));
        }
        return problems;
    }

    private static <T> void unique(String name, List<T> elements, Function<T, String> id, List<FieldProblem> problems) {
        var seen = new HashSet<String>();
        for (T element : elements) {
            if (!seen.add(id.apply(element))) {
                problems.add(
                        FieldProblem.of(name + "/" + id.apply(element), "activity.duplicateId", id.apply(element)));
            }
        }
    }
}
