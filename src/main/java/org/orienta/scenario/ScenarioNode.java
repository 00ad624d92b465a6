package org.orienta.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/** One step of a conversation graph. */
public sealed interface ScenarioNode {

    String id();

    /** Narration between the lines: what happens, not what anybody says. */
    record Narration(String id, List<Line> lines, Next next) implements ScenarioNode {

        public Narration {
            lines = List.copyOf(lines);
        }
    }

    /** What the customer says; {@code mood}, when set, is the customer's mood from this line on. */
    record CustomerLine(
            String id, List<Line> lines, @Nullable Integer mood, Next next) implements ScenarioNode {

        public CustomerLine {
            lines = List.copyOf(lines);
        }
    }

    /** A point where the trainee chooses what to say or do. */
    record Decision(String id, @Nullable LocalizedText prompt, List<Option> options) implements ScenarioNode {

        public Decision {
            options = List.copyOf(options);
        }

        public Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }
    }

    /**
     * How the conversation ended. {@code outcome} is low, standard, wow, or an authored word; the
     * reflection questions are asked at the end.
     */
    /**
     * @param review whether a trainer reviews the trainee's answers to the reflection questions
     *     ({@code review_reflection: true} in the file); their review becomes evidence
     */
    record Ending(
            String id,
            String outcome,
            LocalizedText title,
            LocalizedText debrief,
            List<LocalizedText> reflection,
            boolean review)
            implements ScenarioNode {

        public static final String LOW = "low";
        public static final String STANDARD = "standard";
        public static final String WOW = "wow";

        public Ending {
            reflection = List.copyOf(reflection);
        }

        /** An ending whose reflections nobody reviews (the default). */
        public Ending(
                String id, String outcome, LocalizedText title, LocalizedText debrief, List<LocalizedText> reflection) {
            this(id, outcome, title, debrief, reflection, false);
        }
    }

    /** A text shown when its condition holds (or always, without one). */
    record Line(@Nullable Condition when, LocalizedText text) {}

    /** A choice at a decision point, with what it demonstrates and how it changes the state. */
    record Option(
            String id,
            LocalizedText say,
            LocalizedText feedback,
            Next next,
            List<Evidence> evidence,
            Map<String, Integer> effects,
            @Nullable Condition when) {

        public Option {
            evidence = List.copyOf(evidence);
            effects = Map.copyOf(effects);
        }
    }
}
