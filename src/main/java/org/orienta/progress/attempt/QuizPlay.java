package org.orienta.progress.attempt;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.orienta.quiz.Question;
import org.orienta.quiz.QuestionAnswer;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring.QuestionResult;
import org.orienta.quiz.QuizScoring.QuizResult;
import org.springframework.modulith.NamedInterface;

/**
 * A quiz attempt as the player shows it: the paper drawn for it, the answers given so far with their
 * results, the question to answer next, and the total once every question is answered.
 */
@NamedInterface("attempt")
public record QuizPlay(
        AttemptId id,
        AttemptMode mode,
        AttemptStatus status,
        int version,
        QuizDefinition quiz,
        QuizPaper paper,
        Map<String, QuestionAnswer> answers,
        Map<String, QuestionResult> results,
        @Nullable QuizResult total,
        int stepsTaken,
        @Nullable Review override) {

    public QuizPlay {
        answers = Map.copyOf(answers);
        results = Map.copyOf(results);
    }

    /** The first question of the paper without an answer. */
    public Optional<Question> current() {
        return paper.questions().stream()
                .filter(q -> !answers.containsKey(q.id()))
                .findFirst();
    }

    public int position(Question question) {
        return paper.questions().indexOf(question) + 1;
    }

    public boolean finished() {
        return total != null;
    }

    public int nextStep() {
        return stepsTaken + 1;
    }

    public List<Question> questions() {
        return paper.questions();
    }
}
