package org.orienta.observation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.orienta.base.FieldProblem;
import org.orienta.base.LocalizedText;
import org.orienta.checklist.Behaviour;
import org.orienta.checklist.ChecklistAnswer;
import org.orienta.checklist.ChecklistContext;
import org.orienta.checklist.ChecklistDefinition;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;
import org.orienta.people.DepartmentId;
import org.orienta.people.PersonId;

class ObservationRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    static final ChecklistDefinition CHECKLIST = new ChecklistDefinition(
            "counter-check",
            LocalizedText.english("Counter check"),
            null,
            ChecklistContext.COUNTER,
            List.of(
                    new Behaviour(
                            "greets",
                            LocalizedText.english("Greets"),
                            null,
                            List.of(new Evidence(new CompetencyCode("CO2"), 2))),
                    new Behaviour(
                            "next-step",
                            LocalizedText.english("Names the next step"),
                            null,
                            List.of(
                                    new Evidence(new CompetencyCode("CO4"), 3),
                                    new Evidence(new CompetencyCode("CO3"), 3)))),
            List.of());

    static NewObservation observation(ObservationSource source, LocalDate day, List<ObservedAnswer> answers) {
        return new NewObservation(
                "counter-check", 1, new PersonId(7), new PersonId(3), source, day, null, null, null, answers);
    }

    static List<ObservedAnswer> answers(ChecklistAnswer greets, ChecklistAnswer nextStep) {
        return List.of(
                new ObservedAnswer("greets", greets, null), new ObservedAnswer("next-step", nextStep, "quickly"));
    }

    @Test
    void a_complete_observation_has_no_problems() {
        assertThat(ObservationRules.check(
                        observation(
                                ObservationSource.JOB, TODAY, answers(ChecklistAnswer.DONE, ChecklistAnswer.PARTLY)),
                        CHECKLIST,
                        TODAY))
                .isEmpty();
    }

    @Test
    void every_behaviour_must_be_answered_and_the_missing_ones_are_named() {
        var problems = ObservationRules.check(
                observation(
                        ObservationSource.JOB,
                        TODAY,
                        List.of(new ObservedAnswer("greets", ChecklistAnswer.DONE, null))),
                CHECKLIST,
                TODAY);

        assertThat(problems).containsExactly(FieldProblem.of("answers", "observation.unanswered", 1, "next-step"));
    }

    @Test
    void a_behaviour_the_checklist_lacks_or_answered_twice_is_refused() {
        var problems = ObservationRules.check(
                observation(
                        ObservationSource.JOB,
                        TODAY,
                        List.of(
                                new ObservedAnswer("greets", ChecklistAnswer.DONE, null),
                                new ObservedAnswer("greets", ChecklistAnswer.DONE, null),
                                new ObservedAnswer("next-step", ChecklistAnswer.DONE, null),
                                new ObservedAnswer("smiles", ChecklistAnswer.DONE, null))),
                CHECKLIST,
                TODAY);

        assertThat(problems)
                .extracting(FieldProblem::messageKey)
                .containsExactly("observation.answeredTwice", "observation.unknownBehaviour");
    }

    @Test
    void nothing_observed_at_all_is_not_an_observation() {
        var problems = ObservationRules.check(
                observation(
                        ObservationSource.JOB,
                        TODAY,
                        answers(ChecklistAnswer.NOT_OBSERVED, ChecklistAnswer.NOT_OBSERVED)),
                CHECKLIST,
                TODAY);

        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("observation.nothingObserved");
    }

    @Test
    void a_day_in_the_future_is_refused() {
        var problems = ObservationRules.check(
                observation(
                        ObservationSource.JOB, TODAY.plusDays(1), answers(ChecklistAnswer.DONE, ChecklistAnswer.DONE)),
                CHECKLIST,
                TODAY);

        assertThat(problems).extracting(FieldProblem::messageKey).containsExactly("observation.dateInFuture");
    }

    @Test
    void a_mystery_shopping_visit_needs_its_branch_and_channel() {
        var problems = ObservationRules.check(
                observation(
                        ObservationSource.MYSTERY_SHOPPING, TODAY, answers(ChecklistAnswer.DONE, ChecklistAnswer.DONE)),
                CHECKLIST,
                TODAY);

        assertThat(problems)
                .extracting(FieldProblem::messageKey)
                .containsExactly("observation.branchRequired", "observation.channelRequired");
        var complete = new NewObservation(
                "counter-check",
                1,
                null,
                new PersonId(3),
                ObservationSource.MYSTERY_SHOPPING,
                TODAY,
                new DepartmentId(1),
                ChecklistContext.PHONE,
                null,
                answers(ChecklistAnswer.DONE, ChecklistAnswer.DONE));
        assertThat(ObservationRules.check(complete, CHECKLIST, TODAY)).isEmpty();
    }

    @Test
    void each_answered_behaviour_shows_each_of_its_competencies_weighted_by_the_source() {
        var observation = new Observation(
                observation(
                        ObservationSource.JOB, TODAY, answers(ChecklistAnswer.NOT_OBSERVED, ChecklistAnswer.PARTLY)),
                Instant.parse("2026-12-07T10:00:00Z"));

        var pieces = ObservationEvidence.pieces(observation, CHECKLIST);

        assertThat(pieces)
                .extracting(p -> p.claim().competency().value(), p -> p.claim().level(), p -> p.weight())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("CO4", 2, 2.0),
                        org.assertj.core.groups.Tuple.tuple("CO3", 2, 2.0));
    }

    @Test
    void a_session_weighs_half_as_much_as_work_with_real_customers() {
        assertThat(ObservationSource.SESSION.weight()).isEqualTo(1.0);
        assertThat(ObservationSource.JOB.weight()).isEqualTo(2.0);
        assertThat(ObservationSource.MYSTERY_SHOPPING.weight()).isEqualTo(2.0);
    }

    @Test
    void evidence_is_dated_when_it_was_seen_not_when_it_was_typed() {
        var recorded = Instant.parse("2026-12-07T10:00:00Z");

        assertThat(ObservationEvidence.evidenceTime(TODAY, recorded)).isEqualTo(recorded);
        assertThat(ObservationEvidence.evidenceTime(TODAY.minusDays(6), recorded))
                .isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
    }
}
