package org.orienta.progress.proficiency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.progress.attempt.AttemptId;
import org.springframework.modulith.NamedInterface;

/**
 * One piece of evidence explained: which item and version, what the trainee said or answered, the level
 * it showed, the feedback they got, and the attempt it belongs to.
 *
 * @param said what the trainee said in a role-play; null for a quiz, which has question and answer
 * @param question the quiz question this evidence answers; null for the other kinds
 * @param answer what the trainee answered to {@code question}; null for the other kinds, or when the
 *     answer is no longer stored
 * @param step where in the attempt it was shown: the decision of a role-play or the quiz question;
 *     null for an exercise, which is one step
 */
@NamedInterface("proficiency")
public record EvidenceItem(
        long id,
        ItemRef item,
        int version,
        LocalizedText itemTitle,
        @Nullable LocalizedText said,
        org.orienta.quiz.@Nullable Question question,
        org.orienta.quiz.@Nullable QuestionAnswer answer,
        @Nullable LocalizedText feedback,
        int level,
        double weight,
        boolean assessed,
        Instant at,
        AttemptId attempt,
        @Nullable String step) {}
