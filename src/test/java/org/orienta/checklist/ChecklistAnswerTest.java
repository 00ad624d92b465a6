package org.orienta.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.orienta.competency.CompetencyCode;
import org.orienta.competency.Evidence;

class ChecklistAnswerTest {

    private static final Evidence PROFESSIONAL = new Evidence(new CompetencyCode("CO2"), 3);

    @Test
    void done_shows_the_behaviours_level() {
        assertThat(ChecklistAnswer.DONE.evidence(PROFESSIONAL)).contains(PROFESSIONAL);
    }

    @Test
    void partly_shows_one_level_lower_but_never_below_the_lowest() {
        assertThat(ChecklistAnswer.PARTLY.evidence(PROFESSIONAL)).contains(new Evidence(new CompetencyCode("CO2"), 2));
        assertThat(ChecklistAnswer.PARTLY.evidence(new Evidence(new CompetencyCode("CO2"), 1)))
                .contains(new Evidence(new CompetencyCode("CO2"), 1));
    }

    @Test
    void not_done_shows_the_lowest_level() {
        assertThat(ChecklistAnswer.NOT_DONE.evidence(PROFESSIONAL))
                .contains(new Evidence(new CompetencyCode("CO2"), 1));
    }

    @Test
    void not_observed_shows_nothing() {
        assertThat(ChecklistAnswer.NOT_OBSERVED.evidence(PROFESSIONAL)).isEmpty();
    }
}
