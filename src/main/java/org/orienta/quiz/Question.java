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
            @Nullable String shuffleReason) {

        public QuestionInfo {
            evidence = List.copyOf(evidence);
            tags = List.copyOf(tags);
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
     */
    record Choice(
            String id,
            LocalizedText text,
            boolean correct,
            @Nullable LocalizedText feedback,
            boolean pin) {

        public Choice(String id, LocalizedText text, boolean correct, @Nullable LocalizedText feedback) {
            this(id, text, correct, feedback, false);
        }
    }

    record Pair(String id, LocalizedText left, LocalizedText right) {}

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

    record NumericQuestion(
            QuestionInfo info,
            BigDecimal answer,
            BigDecimal tolerance,
            @Nullable String unit) implements Question {

        public NumericQuestion {
            // 12.50 and 12.5 are the same answer; keep one form so versions compare equal.
            answer = answer.stripTrailingZeros();
            tolerance = tolerance.stripTrailingZeros();
        }
    }

    /** Pairs whose right-hand sides the trainee matches to the left-hand sides. */
    record MatchingQuestion(QuestionInfo info, List<Pair> pairs) implements Question {

        public MatchingQuestion {
            pairs = List.copyOf(pairs);
        }
    }

    /** Entries in the correct order; the trainee sees them shuffled. */
    record OrderingQuestion(QuestionInfo info, List<Entry> items) implements Question {

        public OrderingQuestion {
            items = List.copyOf(items);
        }
    }

    record ShortAnswer(QuestionInfo info, List<String> accepted) implements Question {

        public ShortAnswer {
            accepted = List.copyOf(accepted);
        }
    }
}
