package org.orienta.progress.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class AnalyticsServiceTest {

    @Autowired
    AnalyticsService analytics;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.orienta.people.PeopleService people;

    @BeforeEach
    void content() {
        SignedIn.as(users, TestUsers.ADMIN);
        ProgressFixtures.importTestContent(content);
    }

    private void play(String trainee, AttemptMode mode, String option) {
        SignedIn.as(users, trainee);
        var id = attempts.start(new ItemRef(ItemKind.SCENARIO, "tiny"), mode, null);
        attempts.choose(id, attempts.scenario(id).nextStep(), option);
    }

    @Test
    void option_shares_endings_and_the_sources_of_low_endings_count_assessed_runs_only() {
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "warm");
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "warm");
        play("ben", AttemptMode.ASSESSED, "cold");
        play("ben", AttemptMode.PRACTICE, "cold");
        // An administrator sees groups of any size; trainers only groups of five people or more.
        SignedIn.as(users, TestUsers.ADMIN);

        var report = analytics.paths("tiny", AnalyticsService.Filter.ALL);

        assertThat(report.runs()).isEqualTo(3);
        assertThat(report.choices().get("dp-1")).containsEntry("warm", 2L).containsEntry("cold", 1L);
        assertThat(report.reached("dp-1")).isEqualTo(3);
        assertThat(report.endings()).containsEntry("end-wow", 2L).containsEntry("end-low", 1L);
        assertThat(report.lowEndingSources()).containsExactly(java.util.Map.entry("dp-1/cold", 1L));
    }

    private static final java.util.Map<String, org.orienta.quiz.QuestionAnswer> QUIZ_ANSWERS = java.util.Map.of(
            "single", new org.orienta.quiz.QuestionAnswer.ChosenOption("a"),
            "multi", new org.orienta.quiz.QuestionAnswer.ChosenOptions(java.util.Set.of("a", "b")),
            "tf", new org.orienta.quiz.QuestionAnswer.TrueFalseAnswer(true),
            "num", new org.orienta.quiz.QuestionAnswer.NumericAnswer(java.math.BigDecimal.valueOf(4)),
            "match", new org.orienta.quiz.QuestionAnswer.MatchingAnswer(java.util.Map.of("p1", "p1", "p2", "p2")),
            "order", new org.orienta.quiz.QuestionAnswer.OrderingAnswer(java.util.List.of("i1", "i2")),
            "short", new org.orienta.quiz.QuestionAnswer.TextAnswer("4P"));

    private void quiz(String trainee, AttemptMode mode) {
        SignedIn.as(users, trainee);
        var id = attempts.start(new ItemRef(ItemKind.QUIZ, "quiz-mixed"), mode, null);
        var play = attempts.quiz(id);
        int step = play.nextStep();
        for (var question : play.paper().questions()) {
            play = attempts.answer(id, step++, question.id(), QUIZ_ANSWERS.get(question.id()));
        }
        assertThat(play.total()).as("the run finished").isNotNull();
    }

    private void classify(String trainee, AttemptMode mode) {
        SignedIn.as(users, trainee);
        var id = attempts.start(new ItemRef(ItemKind.EXERCISE, "sx-classify"), mode, null);
        attempts.submit(
                id,
                new org.orienta.exercise.ExerciseAnswer.ClassifyAnswer(
                        java.util.Map.of("warm", "need", "red", "want", "fast", "need")));
    }

    @Test
    void item_statistics_of_quizzes_and_exercises_count_assessed_runs_only() {
        quiz(TestUsers.TRAINEE, AttemptMode.ASSESSED);
        quiz("ben", AttemptMode.PRACTICE);
        quiz("ben", AttemptMode.PRACTICE);
        classify(TestUsers.TRAINEE, AttemptMode.ASSESSED);
        classify("ben", AttemptMode.PRACTICE);
        SignedIn.as(users, TestUsers.ADMIN);

        var quiz = analytics.quiz("quiz-mixed", AnalyticsService.Filter.ALL);
        var exercise = analytics.exercise("sx-classify", AnalyticsService.Filter.ALL);

        assertThat(quiz.attempts()).isEqualTo(1);
        assertThat(quiz.items())
                .isNotEmpty()
                .allSatisfy(i -> assertThat(i.responses()).isEqualTo(1));
        assertThat(exercise.attempts()).isEqualTo(1);
        assertThat(exercise.items())
                .hasSize(3)
                .allSatisfy(i -> assertThat(i.responses()).isEqualTo(1));
    }

    @Test
    void a_department_filter_keeps_only_its_trainees_runs() {
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "warm");
        play("daniel", AttemptMode.ASSESSED, "cold");
        // An administrator sees groups of any size; trainers only groups of five people or more.
        SignedIn.as(users, TestUsers.ADMIN);
        var retail = people.trainees().stream()
                .filter(t -> t.displayName().startsWith("Anna"))
                .findFirst()
                .orElseThrow()
                .department();

        var report = analytics.paths("tiny", new AnalyticsService.Filter(retail, null, null));

        assertThat(analytics.paths("tiny", AnalyticsService.Filter.ALL).runs()).isEqualTo(2);
        assertThat(report.runs()).isEqualTo(1);
        assertThat(report.endings()).containsOnlyKeys("end-wow");
    }

    @Test
    void a_period_before_the_runs_finds_nothing() {
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "warm");
        // An administrator sees groups of any size; trainers only groups of five people or more.
        SignedIn.as(users, TestUsers.ADMIN);

        var past = java.time.LocalDate.now().minusDays(30);
        assertThat(analytics
                        .paths("tiny", new AnalyticsService.Filter(null, past.minusDays(7), past))
                        .runs())
                .isZero();
    }

    @Test
    void a_trainer_sees_no_path_or_item_statistics_of_fewer_people_than_the_minimum_only_how_many_are_hidden() {
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "warm");
        play(TestUsers.TRAINEE, AttemptMode.ASSESSED, "cold");
        play("ben", AttemptMode.ASSESSED, "cold");
        SignedIn.as(users, TestUsers.TRAINER);

        var report = analytics.paths("tiny", AnalyticsService.Filter.ALL);

        assertThat(report.hiddenRuns()).isEqualTo(3);
        assertThat(report.minimumGroupSize()).isEqualTo(5);
        assertThat(report.runs()).isZero();
        assertThat(report.choices()).isEmpty();
        assertThat(report.endings()).isEmpty();
        assertThat(report.lowEndingSources()).isEmpty();

        for (String trainee : new String[] {"chloe", "daniel", "emma"}) {
            play(trainee, AttemptMode.ASSESSED, "warm");
        }
        SignedIn.as(users, TestUsers.TRAINER);
        var enough = analytics.paths("tiny", AnalyticsService.Filter.ALL);
        assertThat(enough.hiddenRuns()).isZero();
        assertThat(enough.runs()).isEqualTo(6);
    }
}
