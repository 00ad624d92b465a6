package org.orienta.progress.proficiency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProficiencyModelTest {

    private final ProficiencyModel model = new ProficiencyModel(new ProficiencySettings(180, 2.0));
    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private ProficiencyModel.Totals add(ProficiencyModel.Totals totals, double weight, int level, int daysAgo) {
        return model.add(totals, weight, level, now.minus(Duration.ofDays(daysAgo)));
    }

    @Test
    void evidence_loses_half_its_weight_every_half_life() {
        var today = add(ProficiencyModel.Totals.NONE, 1.0, 3, 0);
        var halfLifeAgo = add(ProficiencyModel.Totals.NONE, 1.0, 3, 180);

        assertThat(model.estimate(today, now).effectiveEvidence()).isCloseTo(1.0, within(0.001));
        assertThat(model.estimate(halfLifeAgo, now).effectiveEvidence()).isCloseTo(0.5, within(0.001));
    }

    @Test
    void recent_evidence_outweighs_old_evidence() {
        var totals = add(add(ProficiencyModel.Totals.NONE, 1.0, 1, 360), 1.0, 4, 0);

        // weights 0.25 and 1.0: mean (0.25 + 4) / 1.25 = 3.4
        assertThat(model.estimate(totals, now).mean()).isCloseTo(3.4, within(0.001));
    }

    @Test
    void no_level_is_shown_without_enough_recent_evidence() {
        var totals = add(add(ProficiencyModel.Totals.NONE, 1.0, 3, 0), 0.5, 3, 0);

        assertThat(model.estimate(totals, now).level()).isNull();
        assertThat(model.estimate(totals, now).enoughEvidence()).isFalse();
        assertThat(model.estimate(add(totals, 0.5, 3, 0), now).level()).isEqualTo(3);
    }

    @Test
    void the_worked_example_of_the_decision_record_holds() {
        var totals = add(add(add(ProficiencyModel.Totals.NONE, 1.0, 3, 0), 1.0, 2, 90), 0.5, 4, 180);
        assertThat(model.estimate(totals, now).effectiveEvidence()).isCloseTo(1.957, within(0.001));
        assertThat(model.estimate(totals, now).level()).isNull();

        var withQuiz = add(totals, 0.5, 2, 0);

        var estimate = model.estimate(withQuiz, now);
        assertThat(estimate.mean()).isCloseTo(2.61, within(0.01));
        assertThat(estimate.level()).isEqualTo(3);
        assertThat(estimate.confidence()).isCloseTo(0.36, within(0.01));
    }

    @Test
    void a_mean_exactly_between_two_levels_rounds_up_and_just_below_rounds_down() {
        assertThat(ProficiencyModel.round(2.5)).isEqualTo(3);
        assertThat(ProficiencyModel.round(2.4999)).isEqualTo(2);
        assertThat(ProficiencyModel.round(3.5)).isEqualTo(4);
        assertThat(ProficiencyModel.round(0.9)).isEqualTo(1);
        assertThat(ProficiencyModel.round(4.4)).isEqualTo(4);
    }

    @Test
    void consistent_evidence_gives_more_confidence_than_contradicting_evidence() {
        var consistent = add(add(add(add(ProficiencyModel.Totals.NONE, 1, 3, 0), 1, 3, 0), 1, 3, 0), 1, 3, 0);
        var contradicting = add(add(add(add(ProficiencyModel.Totals.NONE, 1, 1, 0), 1, 4, 0), 1, 1, 0), 1, 4, 0);

        assertThat(model.estimate(consistent, now).confidence())
                .isGreaterThan(model.estimate(contradicting, now).confidence());
    }

    @Test
    void totals_do_not_depend_on_the_order_evidence_arrives_in() {
        var forward = add(add(add(ProficiencyModel.Totals.NONE, 1, 2, 30), 0.5, 4, 5), 1.5, 3, 400);
        var backward = add(add(add(ProficiencyModel.Totals.NONE, 1.5, 3, 400), 0.5, 4, 5), 1, 2, 30);

        assertThat(forward.weightUnits()).isEqualTo(backward.weightUnits());
        assertThat(forward.levelUnits()).isEqualTo(backward.levelUnits());
        assertThat(forward.squareUnits()).isEqualTo(backward.squareUnits());
    }
}
