package org.orienta.progress.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;

class AttemptTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant LATER = START.plusSeconds(60);

    private final Attempt attempt =
            new Attempt(7, new ItemRef(ItemKind.SCENARIO, "s"), 1, null, AttemptMode.ASSESSED, 42, START);

    @Test
    void an_attempt_in_progress_takes_the_next_choice_answer_or_submission_and_counts_it() {
        assertThat(attempt.takeStep(StepKind.CHOICE, 1, LATER)).isEqualTo(1);
        assertThat(attempt.takeStep(StepKind.ANSWER, 2, LATER)).isEqualTo(2);
        assertThat(attempt.takeStep(StepKind.SUBMISSION, LATER)).isEqualTo(3);

        assertThat(attempt.nextStep()).isEqualTo(4);
        assertThat(attempt.lastActivityAt()).isEqualTo(LATER);
    }

    @Test
    void a_step_that_is_not_the_next_one_is_refused_and_nothing_is_counted() {
        attempt.takeStep(StepKind.CHOICE, 1, START);

        assertThatThrownBy(() -> attempt.takeStep(StepKind.CHOICE, 1, LATER))
                .isInstanceOf(StepConflictException.class)
                .hasMessageContaining("not waiting for step 1");
        assertThatThrownBy(() -> attempt.takeStep(StepKind.CHOICE, 3, LATER)).isInstanceOf(StepConflictException.class);
        assertThat(attempt.nextStep()).isEqualTo(2);
        assertThat(attempt.lastActivityAt()).isEqualTo(START);
    }

    @Test
    void an_ended_attempt_takes_no_more_choices_answers_or_submissions() {
        attempt.complete(0.5, null, "standard", START);

        for (var kind : new StepKind[] {StepKind.CHOICE, StepKind.ANSWER, StepKind.SUBMISSION}) {
            assertThatThrownBy(() -> attempt.takeStep(kind, LATER))
                    .isInstanceOf(StepConflictException.class)
                    .hasMessageContaining("takes no " + kind);
        }
        assertThat(attempt.nextStep()).isEqualTo(1);
    }

    @Test
    void reflections_and_reviews_come_only_after_the_ending() {
        assertThatThrownBy(() -> attempt.takeStep(StepKind.REFLECTION, LATER))
                .isInstanceOf(StepConflictException.class);
        assertThatThrownBy(() -> attempt.takeStep(StepKind.REVIEW, LATER)).isInstanceOf(StepConflictException.class);

        attempt.awaitReview(START);
        assertThat(attempt.takeStep(StepKind.REVIEW, LATER)).isEqualTo(1);
        attempt.complete(0.75, null, null, LATER);
        assertThat(attempt.takeStep(StepKind.REFLECTION, LATER)).isEqualTo(2);
    }

    @Test
    void an_attempt_has_a_finishing_time_once_it_has_ended_or_awaits_review() {
        assertThatThrownBy(attempt::finishedAt).isInstanceOf(IllegalStateException.class);

        attempt.awaitReview(LATER);

        assertThat(attempt.finishedAt()).isEqualTo(LATER);
    }
}
