package org.orienta.progress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.FieldProblem;
import org.orienta.base.InvalidInputException;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.exercise.ExerciseAnswer.ReflectionAnswer;
import org.orienta.exercise.ReflectionExercise;
import org.orienta.people.PeopleService;
import org.orienta.people.PersonDraft;
import org.orienta.people.Role;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptId;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.orienta.progress.attempt.AttemptStatus;
import org.orienta.progress.attempt.AttemptStepRepository;
import org.orienta.progress.attempt.StepKind;
import org.orienta.progress.proficiency.CompetencyEvidenceRepository;
import org.orienta.progress.proficiency.EvidenceRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A reflection exercise's answers reach the trainers' review queue like a rewrite's, and the trainer's
 * review becomes evidence; practice runs and reflections kept private never reach it.
 */
@IntegrationTest
class ReflectionReviewTest {

    private static final Map<String, String> ANSWERS = Map.of(
            "mood", "Tired and short with me; she sighed and looked at the clock.",
            "lesson", "I would check the date while the customer waits.");

    @Autowired
    ReviewService reviews;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    PeopleService people;

    @Autowired
    CompetencyEvidenceRepository evidence;

    @Autowired
    AttemptStepRepository steps;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content_with_reflections() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContentWithReflections(content);
    }

    private AttemptId submitted(String key, AttemptMode mode, Map<String, String> answers) {
        return SignedIn.callAs(users, TestUsers.TRAINEE, () -> {
            var id = attempts.start(new ItemRef(ItemKind.EXERCISE, key), mode, null);
            attempts.submit(id, new ReflectionAnswer(answers));
            return id;
        });
    }

    @Test
    void an_assessed_reflection_waits_in_the_queue_with_each_question_and_answer() {
        var id = submitted("sx-reflection", AttemptMode.ASSESSED, ANSWERS);
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null))
                .filteredOn(r -> r.attempt().equals(id))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.kind()).isEqualTo(ItemKind.EXERCISE);
                    assertThat(r.exerciseTitle()).isEqualTo("Remember a bad experience");
                });
        var review = reviews.open(id);
        assertThat(review.exercise()).isInstanceOf(ReflectionExercise.class);
        assertThat(review.exercise().items())
                .extracting(i -> i.text().english())
                .containsExactly("What mood was the employee in?", "What would you have done in their place?");
        assertThat(review.answers()).isEqualTo(ANSWERS);
    }

    @Test
    void the_trainers_levels_complete_the_attempt_and_become_evidence_weighted_as_a_review() {
        var id = submitted("sx-reflection", AttemptMode.ASSESSED, ANSWERS);
        SignedIn.as(users, TestUsers.TRAINER);

        assertThatThrownBy(() -> reviews.submit(id, Map.of("specific", 4), "Good story."))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(FieldProblem.of("levels/lesson", "review.levelMissing")));
        reviews.submit(id, Map.of("specific", 4, "lesson", 2), "A vivid story; name one thing you will do.");

        assertThat(reviews.queue(null, null))
                .extracting(ReviewService.QueueRow::attempt)
                .doesNotContain(id);
        var recorded = evidence.findAll().stream()
                .filter(e -> e.attemptId() == id.value())
                .toList();
        // The mean of 4 and 2 is 3, recorded for the exercise's CO1 as a trainer's judgement.
        assertThat(recorded).singleElement().satisfies(e -> {
            assertThat(e.level()).isEqualTo(3);
            assertThat(e.weight()).isEqualTo(EvidenceRecorder.REVIEW_WEIGHT);
        });
        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.exercise(id));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(play.review().comment()).startsWith("A vivid story");
    }

    @Test
    void a_practice_reflection_is_finished_for_the_trainee_and_never_reaches_a_trainer() {
        var id = submitted("sx-reflection", AttemptMode.PRACTICE, ANSWERS);
        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.exercise(id));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null))
                .extracting(ReviewService.QueueRow::attempt)
                .doesNotContain(id);
        assertThatThrownBy(() -> reviews.open(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> reviews.submit(id, Map.of("specific", 4, "lesson", 4), "Good."))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_reflection_kept_private_by_its_author_is_finished_unscored_even_when_assessed() {
        var id = submitted("sx-diary", AttemptMode.ASSESSED, Map.of("noticed", "She hesitated before asking."));
        var play = SignedIn.callAs(users, TestUsers.TRAINEE, () -> attempts.exercise(id));
        assertThat(play.status()).isEqualTo(AttemptStatus.COMPLETED);
        assertThat(evidence.findAll()).noneMatch(e -> e.attemptId() == id.value());
        SignedIn.as(users, TestUsers.TRAINER);

        assertThat(reviews.queue(null, null))
                .extracting(ReviewService.QueueRow::attempt)
                .doesNotContain(id);
        assertThatThrownBy(() -> reviews.open(id))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).containsExactly(FieldProblem.of("attempt", "review.notFound")));
    }

    @Test
    void an_assessed_answer_shorter_than_its_question_asks_is_refused_on_that_question() {
        var tooShort = new LinkedHashMap<>(ANSWERS);
        tooShort.put("lesson", "Call back.");

        assertThatThrownBy(() -> submitted("sx-reflection", AttemptMode.ASSESSED, tooShort))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        FieldProblem.of("answer", "exercise.reflection.answersTooShort", 1, "2"),
                                        FieldProblem.of("answer/lesson", "exercise.reflection.tooShort", 20)));
    }

    @Test
    void erasing_the_trainee_erases_their_reflection_answers() {
        // A trainee of this test's own: erasure is audited outside the test's transaction, and other
        // tests count the erasures of the demo trainees.
        var anna = people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow();
        var rita = people.create(
                        new PersonDraft(
                                "rita-reflects",
                                "Rita Reflects",
                                "rita@example.org",
                                anna.department(),
                                anna.jobRole(),
                                java.util.Set.of(Role.TRAINEE)),
                        "a long enough passphrase")
                .id();
        var id = SignedIn.callAs(users, "rita-reflects", () -> {
            var started = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-reflection"), AttemptMode.ASSESSED, null);
            attempts.submit(started, new ReflectionAnswer(ANSWERS));
            return started;
        });
        SignedIn.as(users, TestUsers.ADMIN);

        people.erase(rita);

        assertThat(steps.findByAttemptIdOrderByStepNo(id.value()))
                .filteredOn(s -> s.kind() == StepKind.SUBMISSION)
                .singleElement()
                .satisfies(s -> assertThat(s.answer()).doesNotContain("sighed").contains("\"reflection\""));
    }
}
