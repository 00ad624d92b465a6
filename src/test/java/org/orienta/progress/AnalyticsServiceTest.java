package org.orienta.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.content.ContentService;
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
