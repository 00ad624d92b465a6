package org.orienta.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.competency.CompetencyCode;

class ActivityRulesTest {

    private static final Set<CompetencyCode> CODES = Set.of(new CompetencyCode("CO2"));
    private static final ActivityDefinition VALID = ActivityYamlTest.activity(ActivityYamlTest.YES_AND);

    private static List<String> check(String yaml) {
        return ActivityRules.check(ActivityYamlTest.activity(yaml), CODES, key -> true).stream()
                .map(p -> p.field() + " " + p.messageKey())
                .toList();
    }

    @Test
    void the_sample_guide_follows_every_rule() {
        assertThat(ActivityRules.check(VALID, CODES, key -> true)).isEmpty();
    }

    @Test
    void a_group_of_one_is_no_group_exercise() {
        assertThat(check(ActivityYamlTest.YES_AND.replace("{min: 4, max: 30}", "{min: 1, max: 30}")))
                .containsExactly("group activity.groupTooSmall");
    }

    @Test
    void the_fewest_may_not_be_more_than_the_most() {
        assertThat(check(ActivityYamlTest.YES_AND.replace("{min: 4, max: 30}", "{min: 12, max: 8}")))
                .containsExactly("group activity.groupMinAboveMax");
    }

    @Test
    void a_number_of_teams_belongs_to_teams_and_needs_someone_in_each() {
        assertThat(check(ActivityYamlTest.YES_AND.replace("grouping: pairs", "grouping: pairs\nteams: 3")))
                .containsExactly("teams activity.teamsWithoutTeams");
        assertThat(check(ActivityYamlTest.YES_AND.replace("grouping: pairs", "grouping: teams\nteams: 5")))
                .containsExactly("teams activity.moreTeamsThanPeople");
        assertThat(check(ActivityYamlTest.YES_AND.replace("grouping: pairs", "grouping: teams\nteams: 1")))
                .containsExactly("teams activity.tooFewTeams");
        assertThat(check(ActivityYamlTest.YES_AND.replace("grouping: pairs", "grouping: teams\nteams: 3")))
                .isEmpty();
    }

    @Test
    void two_cards_with_one_id_are_named() {
        assertThat(ActivityRules.check(
                        ActivityYamlTest.activity(ActivityYamlTest.YES_AND.replace("id: forest", "id: lift")),
                        CODES,
                        key -> true))
                .containsExactly(FieldProblem.of("cards/lift", "activity.duplicateId", "lift"));
    }

    @Test
    void a_card_note_without_cards_says_so() {
        var withoutCards = ActivityYamlTest.YES_AND.replaceAll("(?s)cards:.*?card_note", "card_note");
        assertThat(check(withoutCards)).containsExactly("card_note activity.noteWithoutCards");
    }

    @Test
    void an_unknown_competency_is_named() {
        assertThat(ActivityRules.check(VALID, Set.of(new CompetencyCode("CO9")), key -> true))
                .containsExactly(FieldProblem.of("competencies", "evidence.unknownCompetency", "CO2"));
    }

    @Test
    void a_checklist_that_does_not_exist_is_a_problem_once_checklists_are_known() {
        assertThat(ActivityRules.check(VALID, CODES, key -> false))
                .containsExactly(FieldProblem.of("checklist", "activity.unknownChecklist", "live-yes-and"));
    }
}
