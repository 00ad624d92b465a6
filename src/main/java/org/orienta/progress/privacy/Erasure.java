package org.orienta.progress.privacy;

import org.orienta.exercise.ExerciseAnswer;
import org.orienta.people.PersonErased;
import org.orienta.progress.attempt.AnswerCodec;
import org.orienta.progress.attempt.AttemptRepository;
import org.orienta.progress.attempt.AttemptReview;
import org.orienta.progress.attempt.AttemptReviewRepository;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.StepKind;
import org.orienta.progress.attempt.UnclearReplyRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person is erased, the free text they wrote goes (reflections, rewrite and reflection
 * exercise answers, replies typed in their own words, trainers' comments on them); their choices, scores and evidence stay, so totals and reports do not change.
 */
@Component
class Erasure {

    private final AttemptRepository attempts;
    private final AttemptStepRepository steps;
    private final AttemptReviewRepository reviews;
    private final UnclearReplyRepository unclear;

    Erasure(
            AttemptRepository attempts,
            AttemptStepRepository steps,
            AttemptReviewRepository reviews,
            UnclearReplyRepository unclear) {
        this.unclear = unclear;
        this.attempts = attempts;
        this.steps = steps;
        this.reviews = reviews;
    }

    @EventListener
    void erased(PersonErased event) {
        var ids = attempts
                .findByTraineeIdOrderByLastActivityAtDesc(event.person().value())
                .stream()
                .map(a -> a.id().value())
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        var emptyRewrite = AnswerCodec.write(new ExerciseAnswer.RewriteAnswer(java.util.Map.of()));
        var emptyReflection = AnswerCodec.write(new ExerciseAnswer.ReflectionAnswer(java.util.Map.of()));
        for (var step : steps.findByAttemptIdInOrderByAttemptIdAscStepNoAsc(ids)) {
            step.eraseTyped();
            if (step.kind() == StepKind.REFLECTION && !step.ref().equals("self-check")) {
                step.eraseAnswer("");
            } else if (step.kind() == StepKind.SUBMISSION && step.answer().contains("\"rewrite\"")) {
                step.eraseAnswer(emptyRewrite);
            } else if (step.kind() == StepKind.SUBMISSION && step.answer().contains("\"reflection\"")) {
                step.eraseAnswer(emptyReflection);
            }
        }
        reviews.findByAttemptIdIn(ids).forEach(AttemptReview::eraseComment);
        unclear.deleteForAttempts(ids);
    }
}
