package org.orienta.quiz;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.Evidence;

/** One question of a quiz's pool; its type decides its answer key. */
public sealed interface Question {

    QuestionInfo info();

    default String id() {
        return info().id();
    }

    default QuestionType type() {
        return info().type();
    }

    default int points() {
        return info().points();
    }

    /**
     * What every question has: the text, its worth, the explanation, what it tests, and the author's
     * source (metadata, never shown to trainees).
     *
     * @param group questions sharing a group stay together, in authored order, when the questions are
     *     shuffled (a worked pair)
     * @param shuffleOptions whether each attempt shows the options in its own order (the default); off
     *     only with a stated {@code shuffleReason}
     * @param title the question's name where it differs from its id (a Moodle name such as "2-08 TSL"),
     *     kept so that an export gives the name back
     * @param textAfter text shown after the answers (GIFT's text after the closing brace)
     */
    record QuestionInfo(
            String id,
            QuestionType type,
            LocalizedText text,
            int points,
            LocalizedText explanation,
            @Nullable String source,
            List<Evidence> evidence,
            List<String> tags,
            @Nullable String group,
            boolean shuffleOptions,
            @Nullable String shuffleReason,
            @Nullable LocalizedText title,
            @Nullable LocalizedText textAfter) {

        public QuestionInfo {
            evidence = List.copyOf(evidence);
            tags = List.copyOf(tags);
        }

        /** A question without a separate title or text after its answers. */
        public QuestionInfo(
                String id,
                QuestionType type,
                LocalizedText text,
                int points,
                LocalizedText explanation,
                @Nullable String source,
                List<Evidence> evidence,
                List<String> tags,
                @Nullable String group,
                boolean shuffleOptions,
                @Nullable String shuffleReason) {
            this(
                    id,
                    type,
                    text,
                    points,
                    explanation,
                    source,
                    evidence,
                    tags,
                    group,
                    shuffleOptions,
                    shuffleReason,
                    null,
                    null);
        }

        /** A question in no group whose options are shuffled. */
        public QuestionInfo(
                String id,
                QuestionType type,
                LocalizedText text,
                int points,
                LocalizedText explanation,
                @Nullable String source,
                List<Evidence> evidence,
                List<String> tags) {
            this(id, type, text, points, explanation, source, evidence, tags, null, true, null);
        }
    }

    /**
     * An option of a choice question, with the feedback for choosing it; a pinned option keeps its
     * authored place when the options are shuffled ("None of these" last).
     *
     * @param weight Moodle's percentage for choosing this option (-100 to 100), when the question gives
     *     partial credit; without weights a question is all or nothing
     */
    record Choice(
            String id,
            LocalizedText text,
            boolean correct,
            @Nullable LocalizedText feedback,
            boolean pin,
            @Nullable BigDecimal weight) {

        public Choice(String id, LocalizedText text, boolean correct, @Nullable LocalizedText feedback, boolean pin) {
            this(id, text, correct, feedback, pin, null);
        }

        public Choice(String id, LocalizedText text, boolean correct, @Nullable LocalizedText feedback) {
            this(id, text, correct, feedback, false, null);
        }
    }

    record Pair(String id, LocalizedText left, LocalizedText right) {}

    /**
     * A further answer of a short-answer question, checked after the accepted ones in order.
     *
     * @param text the answer; {@code *} stands for any characters, so {@code *} alone catches every
     *     other answer (Moodle's wildcard)
     * @param credit the percentage of the points it earns, 0 to 100
     */
    record TextResponse(
            LocalizedText text, BigDecimal credit, @Nullable LocalizedText feedback) {}

    /**
     * A further answer of a numeric question, checked after the main answer in order.
     *
     * @param value the number, or none for "any other answer" (GIFT's {@code ~#feedback})
     * @param credit the percentage of the points it earns, 0 to 100
     */
    record NumericResponse(
            @Nullable BigDecimal value,
            BigDecimal tolerance,
            BigDecimal credit,
            @Nullable LocalizedText feedback) {}

    record Entry(String id, LocalizedText text) {}

    record SingleChoice(QuestionInfo info, List<Choice> options) implements Question {

        public SingleChoice {
            options = List.copyOf(options);
        }
    }

    record MultipleChoice(QuestionInfo info, List<Choice> options) implements Question {

        public MultipleChoice {
            options = List.copyOf(options);
        }
    }

    record TrueFalse(
            QuestionInfo info,
            boolean answer,
            @Nullable LocalizedText feedbackTrue,
            @Nullable LocalizedText feedbackFalse)
            implements Question {}

    /**
     * @param feedback shown when the main answer is given
     * @param responses further answers with partial credit or their own feedback
     */
    record NumericQuestion(
            QuestionInfo info,
            BigDecimal answer,
            BigDecimal tolerance,
            @Nullable LocalizedText unit,
            @Nullable LocalizedText feedback,
            List<NumericResponse> responses)
            implements Question {

        public NumericQuestion {
            // 12.50 and 12.5 are the same answer; keep one form so versions compare equal.
            answer = answer.stripTrailingZeros();
            tolerance = tolerance.stripTrailingZeros();
            responses = List.copyOf(responses);
        }

        public NumericQuestion(
                QuestionInfo info, BigDecimal answer, BigDecimal tolerance, @Nullable LocalizedText unit) {
            this(info, answer, tolerance, unit, null, List.of());
        }
    }

    /**
     * Pairs whose right-hand sides the trainee matches to the left-hand sides; distractors are further
     * right-hand sides that match nothing.
     */
    record MatchingQuestion(QuestionInfo info, List<Pair> pairs, List<LocalizedText> distractors) implements Question {

        public MatchingQuestion {
            pairs = List.copyOf(pairs);
            distractors = List.copyOf(distractors);
        }

        public MatchingQuestion(QuestionInfo info, List<Pair> pairs) {
            this(info, pairs, List.of());
        }

        /** The id a distractor goes by in answers and display orders (1-based). */
        public static String distractorId(int index) {
            return "distractor-" + (index + 1);
        }
    }

    /** Entries in the correct order; the trainee sees them shuffled. */
    record OrderingQuestion(QuestionInfo info, List<Entry> items) implements Question {

        public OrderingQuestion {
            items = List.copyOf(items);
        }
    }

    /**
     * @param accepted answers for full credit, without feedback of their own
     * @param responses further answers with their own credit and feedback, checked in order after the
     *     accepted ones
     */
    record ShortAnswer(QuestionInfo info, List<LocalizedText> accepted, List<TextResponse> responses)
            implements Question {

        public ShortAnswer {
            accepted = List.copyOf(accepted);
            responses = List.copyOf(responses);
        }

        public ShortAnswer(QuestionInfo info, List<LocalizedText> accepted) {
            this(info, accepted, List.of());
        }
    }
}
