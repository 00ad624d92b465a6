package org.orienta.progress.attempt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.orienta.quiz.QuestionAnswer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINEE)
class AttemptServiceTest {

    private static final ItemRef TINY = new ItemRef(ItemKind.SCENARIO, "tiny");
    private static final ItemRef QUIZ = new ItemRef(ItemKind.QUIZ, "quiz-mixed");

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    AttemptStepRepository steps;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    CompetencyEvidenceRepository evidence;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    @Test
    void each_choice_is_a_step_with_its_evidence_and_the_ending_completes_the_attempt() {
        var id = attempts.start(TINY, AttemptMode.ASSESSED, null);

        var play = attempts.choose(id, 1, "warm");

        assertThat(play.run().ending().outcome()).isEqualTo("wow");
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value()))
                .singleElement()
                .satisfies(s -> assertThat(s.answer()).isEqualTo("warm"));
        assertThat(evidence.findByAttemptId(id.value())).singleElement().satisfies(e -> {
            assertThat(e.competency()).isEqualTo("CO2");
            assertThat(e.level()).isEqualTo(3);
            assertThat(e.assessed()).isTrue();
            assertThat(e.ref()).isEqualTo("dp-1/warm");
        });
    }

    @Test
    void a_resent_step_is_recorded_once() {
        var id = attempts.start(TINY, AttemptMode.ASSESSED, null);

        attempts.choose(id, 1, "cold");
        var again = attempts.choose(id, 1, "cold");

        assertThat(again.run().ending().outcome()).isEqualTo("low");
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value())).hasSize(1);
        assertThat(evidence.findByAttemptId(id.value())).hasSize(1);
    }

    @Test
    void a_step_answered_differently_elsewhere_is_a_conflict_and_changes_nothing() {
        var id = attempts.start(TINY, AttemptMode.ASSESSED, null);
        attempts.choose(id, 1, "cold");

        assertThatThrownBy(() -> attempts.choose(id, 1, "warm")).isInstanceOf(StepConflictException.class);
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value()))
                .extracting(AttemptStep::answer)
                .containsExactly("cold");
    }

    private static final ItemRef CLASSIFY = new ItemRef(ItemKind.EXERCISE, "sx-classify");

    @Test
    void an_ended_attempt_takes_no_more_choices_and_a_reflection_waits_for_the_ending() {
        var ended = attempts.start(TINY, AttemptMode.ASSESSED, null);
        attempts.choose(ended, 1, "warm");
        var running = attempts.start(TINY, AttemptMode.ASSESSED, null);

        assertThatThrownBy(() -> attempts.choose(ended, 2, "cold")).isInstanceOf(StepConflictException.class);
        assertThatThrownBy(() -> attempts.reflect(running, 0, "Too early.")).isInstanceOf(StepConflictException.class);
        assertThat(steps.findByAttemptIdOrderByStepNo(ended.value())).hasSize(1);
        assertThat(steps.findByAttemptIdOrderByStepNo(running.value())).isEmpty();
        assertThat(evidence.findByAttemptId(ended.value())).hasSize(1);
    }

    @Test
    void a_step_numbered_ahead_of_the_attempt_is_a_conflict_and_records_nothing() {
        var id = attempts.start(QUIZ, AttemptMode.ASSESSED, null);
        var question = attempts.quiz(id).questions().getFirst();

        assertThatThrownBy(() -> attempts.answer(id, 3, question.id(), new QuestionAnswer.TextAnswer("x")))
                .isInstanceOf(StepConflictException.class);
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value())).isEmpty();
        assertThat(evidence.findByAttemptId(id.value())).isEmpty();
    }

    @Test
    void what_a_step_returns_is_the_attempt_as_it_reads_back_afterwards() {
        var scenario = attempts.start(TINY, AttemptMode.ASSESSED, null);
        assertThat(attempts.choose(scenario, 1, "cold")).isEqualTo(attempts.scenario(scenario));
        assertThat(attempts.reflect(scenario, 0, "Cold.")).isEqualTo(attempts.scenario(scenario));

        var quiz = attempts.start(QUIZ, AttemptMode.ASSESSED, null);
        var play = attempts.quiz(quiz);
        for (var question : play.questions()) {
            var answer = switch (question.id()) {
                case "single" -> new QuestionAnswer.ChosenOption("b");
                case "multi" -> new QuestionAnswer.ChosenOptions(Set.of("a", "c"));
                default -> new QuestionAnswer.TextAnswer("x");
            };
            play = attempts.answer(quiz, play.nextStep(), question.id(), answer);
            assertThat(play).isEqualTo(attempts.quiz(quiz));
        }
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);

        var exercise = attempts.start(CLASSIFY, AttemptMode.ASSESSED, null);
        var submitted = attempts.submit(
                exercise, new ExerciseAnswer.ClassifyAnswer(Map.of("warm", "need", "red", "want", "fast", "need")));
        assertThat(submitted).isEqualTo(attempts.exercise(exercise));
        assertThat(submitted.status()).isEqualTo(AttemptStatus.COMPLETED);
    }

    @Test
    void an_empty_exercise_submission_is_refused_and_records_nothing() {
        var id = attempts.start(CLASSIFY, AttemptMode.ASSESSED, null);

        assertThatThrownBy(() ->
                        attempts.submit(id, new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(java.util.Map.of())))
                .isInstanceOfSatisfying(
                        org.orienta.base.InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(org.orienta.base.FieldProblem::field)
                                .containsExactly("answer", "answer/warm", "answer/red", "answer/fast"));
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value())).isEmpty();
        assertThat(evidence.findByAttemptId(id.value())).isEmpty();
        assertThat(attempts.exercise(id).status()).isEqualTo(AttemptStatus.IN_PROGRESS);
    }

    @Test
    void a_partial_assessed_submission_is_refused_naming_what_is_missing_even_when_sent_anyway() {
        var id = attempts.start(CLASSIFY, AttemptMode.ASSESSED, null);
        var partial = new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(java.util.Map.of("red", "want"));

        assertThatThrownBy(() -> attempts.submit(id, partial, true))
                .isInstanceOfSatisfying(
                        org.orienta.base.InvalidInputException.class,
                        e -> assertThat(e.problems().getFirst())
                                .isEqualTo(org.orienta.base.FieldProblem.of(
                                        "answer", "exercise.answerEveryItem", 2, "1, 3")));
        assertThat(steps.findByAttemptIdOrderByStepNo(id.value())).isEmpty();
        assertThat(evidence.findByAttemptId(id.value())).isEmpty();
    }

    @Test
    void in_practice_a_partial_answer_may_be_submitted_anyway_but_an_empty_one_never() {
        var id = attempts.start(CLASSIFY, AttemptMode.PRACTICE, null);
        var empty = new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(java.util.Map.of());
        var partial = new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(java.util.Map.of("red", "want"));

        assertThatThrownBy(() -> attempts.submit(id, empty, true))
                .isInstanceOf(org.orienta.base.InvalidInputException.class);
        assertThatThrownBy(() -> attempts.submit(id, partial))
                .as("without asking, practice too needs every item")
                .isInstanceOf(org.orienta.base.InvalidInputException.class);
        var play = attempts.submit(id, partial, true);

        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(play.result().score()).isEqualTo(1.0 / 3);
    }

    @Test
    void practice_evidence_is_marked_as_not_assessed() {
        var id = attempts.start(TINY, AttemptMode.PRACTICE, null);

        attempts.choose(id, 1, "warm");

        assertThat(evidence.findByAttemptId(id.value()))
                .allSatisfy(e -> assertThat(e.assessed()).isFalse());
    }

    @Test
    void an_unfinished_attempt_resumes_where_it_stopped() {
        var id = attempts.start(TINY, AttemptMode.ASSESSED, null);

        assertThat(attempts.unfinished(TINY)).contains(id);
        assertThat(attempts.scenario(id).run().decision().id()).isEqualTo("dp-1");
    }

    @Test
    void reflections_are_saved_after_the_ending() {
        var id = attempts.start(TINY, AttemptMode.ASSESSED, null);
        attempts.choose(id, 1, "warm");

        attempts.reflect(id, 0, "Relieved, I think.");
        var play = attempts.reflect(id, 1, "Yes, because she was greeted.");

        assertThat(play.reflections()).containsEntry(0, "Relieved, I think.").hasSize(2);
        assertThat(attempts.scenario(id).reflections()).hasSize(2);
    }

    @Test
    void no_other_trainee_can_open_or_play_my_attempt() {
        var mine = attempts.start(TINY, AttemptMode.ASSESSED, null);

        SignedIn.as(users, "ben");

        assertThatThrownBy(() -> attempts.overview(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.scenario(mine)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attempts.choose(mine, 1, "warm")).isInstanceOf(AccessDeniedException.class);
        assertThat(steps.findByAttemptIdOrderByStepNo(mine.value())).isEmpty();
    }

    @Test
    void only_trainees_play() {
        SignedIn.as(users, TestUsers.HR);

        assertThatThrownBy(() -> attempts.start(TINY, AttemptMode.ASSESSED, null))
                .isInstanceOf(AccessDeniedException.class);
    }
}
