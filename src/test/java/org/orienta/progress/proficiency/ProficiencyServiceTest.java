package org.orienta.progress.proficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.orienta.IntegrationTest;
import org.orienta.SignedIn;
import org.orienta.TestUsers;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.competency.CompetencyCode;
import org.orienta.content.ContentService;
import org.orienta.progress.ProgressFixtures;
import org.orienta.progress.attempt.AttemptMode;
import org.orienta.progress.attempt.AttemptService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@IntegrationTest
@WithUserDetails(TestUsers.TRAINEE)
class ProficiencyServiceTest {

    private static final ItemRef TINY = new ItemRef(ItemKind.SCENARIO, "tiny");
    private static final CompetencyCode CO2 = new CompetencyCode("CO2");

    @Autowired
    ProficiencyService proficiency;

    @Autowired
    AttemptService attempts;

    @Autowired
    ContentService content;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void content() {
        ProgressFixtures.importTestContent(content);
    }

    private void play(String option, AttemptMode mode) {
        var id = attempts.start(TINY, mode, null);
        attempts.choose(id, 1, option);
    }

    private CompetencyRow co2() {
        return proficiency.myProfile().rows().stream()
                .filter(r -> r.competency().code().equals(CO2))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_level_appears_once_enough_assessed_evidence_is_in() {
        play("warm", AttemptMode.ASSESSED);
        assertThat(co2().estimate().level()).as("one piece is not enough").isNull();

        play("warm", AttemptMode.ASSESSED);

        assertThat(co2().estimate().level()).isEqualTo(3);
        assertThat(co2().target()).isEqualTo(3);
        assertThat(co2().gap()).isZero();
        assertThat(co2().trend()).isNotEmpty();
    }

    @Test
    void practice_never_counts() {
        play("warm", AttemptMode.PRACTICE);
        play("warm", AttemptMode.PRACTICE);
        play("cold", AttemptMode.PRACTICE);

        assertThat(co2().estimate().count()).isZero();
        assertThat(proficiency.myEvidence(CO2)).isEmpty();
    }

    @Test
    void practice_never_reaches_the_levels_trends_or_evidence_hr_reads() {
        var me = proficiency.myProfile().person();
        play("warm", AttemptMode.PRACTICE);
        play("warm", AttemptMode.PRACTICE);
        play("cold", AttemptMode.PRACTICE);
        SignedIn.as(users, TestUsers.ADMIN);

        var profile = proficiency.profileOf(me);

        assertThat(profile.rows()).allSatisfy(row -> {
            assertThat(row.estimate().count()).isZero();
            assertThat(row.estimate().level()).isNull();
        });
        assertThat(proficiency.evidenceFor(me, CO2)).isEmpty();
        assertThat(proficiency.totalsSnapshot().keySet())
                .as("no running totals, overall or monthly")
                .noneMatch(k -> k.startsWith(me.value() + "|"));
    }

    @Test
    void every_level_opens_to_the_choices_and_feedback_behind_it() {
        play("warm", AttemptMode.ASSESSED);
        play("cold", AttemptMode.ASSESSED);

        var evidence = proficiency.myEvidence(CO2);

        assertThat(evidence).extracting(e -> e.said().english()).containsExactly("Next.", "Good morning!");
        assertThat(evidence).extracting(e -> e.feedback().english()).containsExactly("Cold.", "Warm.");
        assertThat(evidence).extracting(EvidenceItem::level).containsExactly(1, 3);
    }

    @Test
    void a_trainee_sees_only_their_own_evidence() {
        play("warm", AttemptMode.ASSESSED);
        play("warm", AttemptMode.ASSESSED);

        SignedIn.as(users, "ben");

        assertThat(proficiency.myEvidence(CO2)).isEmpty();
        assertThat(co2().estimate().count()).isZero();
    }

    @Test
    void hr_has_no_trainee_profile_of_its_own_to_read() {
        SignedIn.as(users, TestUsers.HR);

        assertThatThrownBy(() -> proficiency.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void recommendations_name_the_competency_the_level_and_the_target() {
        play("cold", AttemptMode.ASSESSED);
        play("cold", AttemptMode.ASSESSED);

        var recommendations = proficiency.myRecommendations();

        assertThat(recommendations).isNotEmpty();
        assertThat(recommendations.getFirst().competency().code()).isEqualTo(CO2);
        assertThat(recommendations.getFirst().current()).isEqualTo(1);
        assertThat(recommendations.getFirst().target()).isEqualTo(3);
    }

    @Test
    void one_choice_can_be_evidence_for_several_competencies() {
        play("promise", AttemptMode.ASSESSED);
        play("promise", AttemptMode.ASSESSED);

        var rows = proficiency.myProfile().rows();
        assertThat(rows)
                .filteredOn(r -> r.competency().code().equals(CO2))
                .singleElement()
                .satisfies(r -> assertThat(r.estimate().level()).isEqualTo(3));
        assertThat(rows)
                .filteredOn(r -> r.competency().code().equals(new CompetencyCode("CO4")))
                .singleElement()
                .satisfies(r -> assertThat(r.estimate().level()).isEqualTo(2));
    }

    /** A property over random histories: whatever trainees do, in any order, rebuilding gives the same totals. */
    @ParameterizedTest(name = "random history {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99_991, 31_337})
    void for_any_random_sequence_of_steps_a_rebuild_from_the_raw_evidence_equals_the_totals_kept_step_by_step(
            long seed) {
        var random = new Random(seed);
        var trainees = List.of(TestUsers.TRAINEE, "ben", "chloe", "daniel");
        var options = List.of("warm", "cold", "promise");
        int steps = 20 + random.nextInt(60);
        for (int i = 0; i < steps; i++) {
            SignedIn.as(users, trainees.get(random.nextInt(trainees.size())));
            play(
                    options.get(random.nextInt(options.size())),
                    random.nextInt(3) == 0 ? AttemptMode.PRACTICE : AttemptMode.ASSESSED);
        }
        SignedIn.as(users, TestUsers.ADMIN);
        var incremental = proficiency.totalsSnapshot();

        long rebuilt = proficiency.rebuild();

        assertThat(rebuilt).isPositive();
        assertThat(proficiency.totalsSnapshot()).isEqualTo(incremental);
    }
}
