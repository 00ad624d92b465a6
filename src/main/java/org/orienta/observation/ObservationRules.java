package org.orienta.observation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.orienta.base.FieldProblem;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistDefinition;

/**
 * What makes an observation whole: every behaviour of its checklist version answered once and nothing
 * else, at least one behaviour actually observed, notes within bounds, a date not in the future, and
 * for a mystery-shopping visit a branch and a channel.
 */
final class ObservationRules {

    private ObservationRules() {}

    static List<FieldProblem> check(NewObservation o, ChecklistDefinition checklist, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (o.observedOn().isAfter(today)) {
            problems.add(FieldProblem.of("observedOn", "observation.dateInFuture"));
        }
        if (o.source() == ObservationSource.MYSTERY_SHOPPING) {
            if (o.department() == null) {
                problems.add(FieldProblem.of("department", "observation.branchRequired"));
            }
            if (o.channel() == null) {
                problems.add(FieldProblem.of("channel", "observation.channelRequired"));
            }
        }
        var seen = new HashSet<String>();
        for (var answer : o.answers()) {
            if (checklist.behaviour(answer.behaviourId()).isEmpty()) {
                problems.add(FieldProblem.of(
                        "answers/" + answer.behaviourId(), "observation.unknownBehaviour", answer.behaviourId()));
            } else if (!seen.add(answer.behaviourId())) {
                problems.add(FieldProblem.of(
                        "answers/" + answer.behaviourId(), "observation.answeredTwice", answer.behaviourId()));
            }
            if (answer.note() != null && answer.note().length() > ObservedAnswer.MAX_NOTE) {
                problems.add(FieldProblem.of(
                        "answers/" + answer.behaviourId() + "/note",
                        "observation.noteTooLong",
                        ObservedAnswer.MAX_NOTE));
            }
        }
        var missing = checklist.behaviours().stream()
                .filter(b -> !seen.contains(b.id()))
                .map(b -> b.id())
                .toList();
        if (!missing.isEmpty()) {
            problems.add(
                    FieldProblem.of("answers", "observation.unanswered", missing.size(), String.join(", ", missing)));
        }
        if (!o.answers().isEmpty() && o.answers().stream().allMatch(a -> a.answer() == ChecklistAnswer.NOT_OBSERVED)) {
            problems.add(FieldProblem.of("answers", "observation.nothingObserved"));
        }
        return problems;
    }
}
