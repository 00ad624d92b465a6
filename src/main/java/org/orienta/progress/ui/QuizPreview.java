package org.orienta.progress.ui;

import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Optional;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.QuizPlay;
import org.orienta.quiz.QuestionAnswer;
import org.orienta.quiz.QuizDefinition;
import org.orienta.quiz.QuizPaper;
import org.orienta.quiz.QuizScoring;

/**
 * The real quiz player on a quiz that need not be published, remembering nothing: a trainer's
 * play-test. The paper is drawn afresh for every preview, as for every attempt, and each answer is
 * scored with the trainees' rules; nothing reaches the database, so a preview is never an attempt or
 * evidence.
 */
@org.springframework.modulith.NamedInterface("preview")
public class QuizPreview extends Div {

    public QuizPreview(QuizDefinition quiz, Runnable restart) {
        setId("quiz-preview");
        var paper = QuizPaper.draw(
                quiz, java.util.concurrent.ThreadLocalRandom.current().nextLong());
        var session = new QuizPlayer.Session() {
            private final LinkedHashMap<String, QuestionAnswer> answers = new LinkedHashMap<>();
            private final LinkedHashMap<String, QuizScoring.QuestionResult> results = new LinkedHashMap<>();

            @Override
            public QuizPlay load() {
                QuizScoring.QuizResult total = null;
                if (paper.questions().stream().allMatch(q -> answers.containsKey(q.id()))) {
                    total = QuizScoring.total(
                            quiz,
                            paper,
                            paper.questions().stream()
                                    .map(q -> results.get(q.id()))
                                    .toList());
                }
                return new QuizPlay(
                        new AttemptId(0),
                        AttemptMode.PRACTICE,
                        total == null ? AttemptStatus.IN_PROGRESS : AttemptStatus.COMPLETED,
                        0,
                        quiz,
                        paper,
                        answers,
                        results,
                        total,
                        answers.size(),
                        null);
            }

            @Override
            public QuizPlay answer(int step, String questionId, QuestionAnswer answer) {
                var question = paper.questions().stream()
                        .filter(q -> q.id().equals(questionId))
                        .findFirst()
                        .orElseThrow(
                                () -> new IllegalArgumentException("question " + questionId + " is not on this paper"));
                answers.putIfAbsent(questionId, answer);
                results.putIfAbsent(questionId, QuizScoring.score(question, answers.get(questionId)));
                return load();
            }

            @Override
            public boolean preview() {
                return true;
            }
        };
        add(new QuizPlayer(session, restart, null, Optional::empty));
    }
}
