package org.orienta.quiz;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;

/**
 * A quiz as authored: one version of it. {@code draw}, when set, is how many questions an attempt asks
 * from the pool; {@code attempts} 0 means unlimited assessed attempts; {@code shuffle} is whether each
 * attempt asks the questions in its own order (the default), off only with a stated {@code shuffleReason}.
 */
public record QuizDefinition(
        String id,
        LocalizedText title,
        @Nullable LocalizedText description,
        int minutes,
        int passMark,
        QuizFeedback feedback,
        int attempts,
        @Nullable Integer draw,
        boolean shuffle,
        @Nullable String shuffleReason,
        List<Question> questions) {

    public static final int UNLIMITED = 0;

    public QuizDefinition {
        questions = List.copyOf(questions);
    }

    /** A quiz without a stated reason for its order. */
    public QuizDefinition(
            String id,
            LocalizedText title,
            @Nullable LocalizedText description,
            int minutes,
            int passMark,
            QuizFeedback feedback,
            int attempts,
            @Nullable Integer draw,
            boolean shuffle,
            List<Question> questions) {
        this(id, title, description, minutes, passMark, feedback, attempts, draw, shuffle, null, questions);
    }

    public int questionsAsked() {
        return draw == null ? questions.size() : Math.min(draw, questions.size());
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
