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

    /**
     * A point where the trainee chooses what to say or do.
     *
     * @param reply how the trainee answers here when it differs from the role-play's mode; null follows
     *     the role-play ({@link ScenarioDefinition#replyAt(Decision)})
     */
    record Decision(
            String id,
            @Nullable LocalizedText prompt,
            List<Option> options,
            @Nullable ReplyMode reply) implements ScenarioNode {

        public Decision {
            options = List.copyOf(options);
        }

        /** A decision that follows the role-play's reply mode. */
        public Decision(String id, @Nullable LocalizedText prompt, List<Option> options) {
            this(id, prompt, options, null);
        }

        public Decision withOptions(List<Option> newOptions) {
            return new Decision(id, prompt, newOptions, reply);
        }

        public Decision withPrompt(@Nullable LocalizedText newPrompt) {
            return new Decision(id, newPrompt, options, reply);
        }

        public Decision withReply(@Nullable ReplyMode newReply) {
            return new Decision(id, prompt, options, newReply);
        }

        public Optional<Option> option(String optionId) {
            return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
        }
    }

    /**
     * How the conversation ended. {@code outcome} is low, standard, wow, or an authored word; the
     * reflection questions are asked at the end. The title and the debrief are lists of lines like a
     * customer's: the first whose condition holds is shown, the last has none, so the text can follow
     * the path taken instead of contradicting it.
     *
     * @param review whether a trainer reviews the trainee's answers to the reflection questions
     *     ({@code review_reflection: true} in the file); their review becomes evidence
     */
    record Ending(
            String id,
            String outcome,
            List<Line> titles,
            List<Line> debriefs,
            List<LocalizedText> reflection,
            boolean review)
            implements ScenarioNode {

        public static final String LOW = "low";
        public static final String STANDARD = "standard";
        public static final String WOW = "wow";

        public Ending {
            titles = List.copyOf(titles);
            debriefs = List.copyOf(debriefs);
            reflection = List.copyOf(reflection);
        }

        /** An ending with one title and one debrief, whatever the state. */
        public Ending(
                String id,
                String outcome,
                LocalizedText title,
                LocalizedText debrief,
                List<LocalizedText> reflection,
                boolean review) {
            this(id, outcome, List.of(new Line(null, title)), List.of(new Line(null, debrief)), reflection, review);
        }

        /** An ending whose reflections nobody reviews (the default). */
        public Ending(
                String id, String outcome, LocalizedText title, LocalizedText debrief, List<LocalizedText> reflection) {
            this(id, outcome, title, debrief, reflection, false);
        }

        /** The fallback title (the line without a condition): what lists and the editor name the ending by. */
        public LocalizedText title() {
            return titles.getLast().text();
        }

        /** The fallback debrief (the line without a condition). */
        public LocalizedText debrief() {
            return debriefs.getLast().text();
        }

        /** The title the trainee reads after reaching this ending in this state. */
        public LocalizedText title(ScenarioState state) {
            return Line.first(titles, state);
        }

        public LocalizedText debrief(ScenarioState state) {
            return Line.first(debriefs, state);
        }

        /** The same ending with another fallback title; conditional titles stay. */
        public Ending withTitle(LocalizedText title) {
            return new Ending(id, outcome, Line.withFallback(titles, title), debriefs, reflection, review);
        }

        public Ending withDebrief(LocalizedText debrief) {
            return new Ending(id, outcome, titles, Line.withFallback(debriefs, debrief), reflection, review);
        }

        public Ending withOutcome(String outcome) {
            return new Ending(id, outcome, titles, debriefs, reflection, review);
        }

        public Ending withReflection(List<LocalizedText> reflection, boolean review) {
            return new Ending(id, outcome, titles, debriefs, reflection, review);
        }
    }

    /** A text shown when its condition holds (or always, without one). */
    record Line(@Nullable Condition when, LocalizedText text) {

        /** The text of the first line whose condition holds; the last line when none does. */
        public static LocalizedText first(List<Line> lines, ScenarioState state) {
            return lines.stream()
                    .filter(l -> l.when() == null || l.when().test(state))
                    .map(Line::text)
                    .findFirst()
                    .orElse(lines.getLast().text());
        }

        static List<Line> withFallback(List<Line> lines, LocalizedText text) {
            var changed = new java.util.ArrayList<>(lines);
            if (!changed.isEmpty() && changed.getLast().when() == null) {
                changed.set(changed.size() - 1, new Line(null, text));
            } else {
                changed.add(new Line(null, text));
            }
            return changed;
        }
    }

    /**
     * A choice at a decision point, with what it demonstrates and how it changes the state. A pinned
     * option keeps its authored place when the options are shuffled ("Say nothing yet" last).
     *
     * @param examples how trainees might say this option in their own words, in the file's language:
     *     what a typed reply at an own-words decision is matched against, with {@code say}
     */
    record Option(
            String id,
            LocalizedText say,
            LocalizedText feedback,
            Next next,
            List<Evidence> evidence,
            Map<String, Integer> effects,
            @Nullable Condition when,
            boolean pin,
            List<String> examples) {

        public Option {
            evidence = List.copyOf(evidence);
            effects = Map.copyOf(effects);
            examples = List.copyOf(examples);
        }

        /** An option without example phrasings. */
        public Option(
                String id,
                LocalizedText say,
                LocalizedText feedback,
                Next next,
                List<Evidence> evidence,
                Map<String, Integer> effects,
                @Nullable Condition when,
                boolean pin) {
            this(id, say, feedback, next, evidence, effects, when, pin, List.of());
        }

        /** An option that is shuffled with the others (the default). */
        public Option(
                String id,
                LocalizedText say,
                LocalizedText feedback,
                Next next,
                List<Evidence> evidence,
                Map<String, Integer> effects,
                @Nullable Condition when) {
            this(id, say, feedback, next, evidence, effects, when, false);
        }

        public Option withSay(LocalizedText say) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withFeedback(LocalizedText feedback) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withNext(Next next) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withEvidence(List<Evidence> evidence) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withEffects(Map<String, Integer> effects) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withWhen(@Nullable Condition when) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }

        public Option withExamples(List<String> examples) {
            return new Option(id, say, feedback, next, evidence, effects, when, pin, examples);
        }
    }
}
