package org.orienta.exercise;

import java.util.Set;
import org.orienta.base.yaml.ReadContext;
import org.orienta.base.yaml.SafeYaml;
import org.orienta.base.yaml.YamlSyntaxException;
import org.orienta.competency.CompetencyCode;

/** One small exercise of each type written out as YAML, so tests read like the files trainers write. */
final class ExerciseFixtures {

    static final Set<CompetencyCode> CODES =
            Set.of(new CompetencyCode("CO1"), new CompetencyCode("CO4"), new CompetencyCode("CO9"));

    static final String CLASSIFY = """
            id: sx-classify
            type: classify
            title: {en: "Needs or wants?", de: "Bedürfnis oder Wunsch?"}
            instructions: Sort each statement.
            minutes: 5
            evidence: {CO1: 3}
            tags: [needs]
            feedback: end
            categories:
              - id: need
                label: A need
              - id: want
                label: A want
            items:
              - id: warm
                text: "I must stay warm in winter."
                answer: need
                explanation: Warmth is the problem to solve.
              - id: red
                text: "I'd like it in red."
                answer: want
                explanation: The colour is a preference.
              - id: fast
                text: "It has to arrive by Friday."
                answer: need
                explanation: The deadline is part of the problem.
            """;

    static final String CALCULATE = """
            id: sx-calculate
            type: calculate
            title: What does the lost customer cost?
            instructions: Work out each part.
            minutes: 10
            evidence: {CO9: 4}
            attempts: 3
            convention: Round to whole euros.
            parts:
              - id: yearly
                question: A customer spends 40 € a month. What is that a year?
                answer: 480
                tolerance: 0
                unit: €
                solution: 40 × 12 = 480.
              - id: margin
                question: At a 12.5 % margin, what is the yearly profit?
                answer: 60.00
                tolerance: 0.5
                unit: €
                solution: 480 × 0.125 = 60.
            sources: ["002_13f993407cb9cf84.txt ~L107"]
            """;

    static final String ORDER = """
            id: sx-order
            type: order
            title: Handling a complaint
            instructions: Put the steps in order.
            minutes: 4
            evidence: {CO4: 3}
            steps:
              - id: listen
                text: Listen without interrupting.
              - id: thank
                text: Thank the customer for telling you.
              - id: solve
                text: Agree on a solution.
              - id: follow-up
                text: Follow up.
            """;

    static final String MATCH = """
            id: sx-match
            type: match
            title: Cold and warm words
            instructions: Match each cold phrase with its warm version.
            minutes: 3
            evidence: {CO4: 2}
            pairs:
              - id: policy
                left: "It's our policy."
                right: "Here is what I can do."
              - id: wait
                left: "You'll have to wait."
                right: "I'll have it for you by three."
              - id: refuse
                left: "No."
                right: "Let me find out."
            """;

    static final String REWRITE = """
            id: sx-rewrite
            type: rewrite
            title: Warm it up
            instructions: Rewrite each reply.
            minutes: 8
            evidence: {CO4: 3}
            prompts:
              - id: refund
                text: "Refunds take 14 days. Nothing I can do."
                model_answer: "I'm sorry for the wait; I'll start the refund now and email you when it's through."
            rubric:
              - id: empathy
                criterion: Empathy
                description: Acknowledges how the customer feels.
              - id: action
                criterion: Action
                description: Says what happens next and when.
            """;

    static final String REFLECTION = """
            id: sx-reflection
            type: reflection
            title: Remember a bad experience
            instructions: Answer each question about one episode.
            minutes: 10
            evidence: {CO1: 3}
            questions:
              - id: mood
                text: What mood was the employee in?
                guidance: Say how it showed.
                model_note: Tired; she kept glancing at the clock.
              - id: lesson
                text: What would you have done in their place?
                min_length: 20
            model_notes: Most stories turn on being passed on.
            rubric:
              - id: specific
                criterion: A specific episode
                description: What was said and done.
            """;

    private ExerciseFixtures() {}

    static String of(ExerciseType type) {
        return switch (type) {
            case CLASSIFY -> CLASSIFY;
            case CALCULATE -> CALCULATE;
            case ORDER -> ORDER;
            case MATCH -> MATCH;
            case REWRITE -> REWRITE;
            case REFLECTION -> REFLECTION;
        };
    }

    static ExerciseDefinition read(String yaml) {
        var context = new ReadContext();
        try {
            var definition = ExerciseYaml.read(SafeYaml.parse(yaml), context);
            if (definition == null) {
                throw new AssertionError("fixture does not read: " + context.problems());
            }
            return definition;
        } catch (YamlSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    static <T extends ExerciseDefinition> T read(String yaml, Class<T> type) {
        return type.cast(read(yaml));
    }
}
