package org.orienta.observation;

import org.jspecify.annotations.Nullable;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/**
 * One department and competency: the mean level from training beside the mean level observed, each over
 * the people with evidence, and null where the group is too small to show (the reports' privacy rule).
 *
 * @param observations how many observations stand behind the observed figure
 */
public record TrainingVsJobRow(
        String department,
        CompetencyCode competency,
        LocalizedText competencyName,
        @Nullable Double training,
        int trainingPeople,
        @Nullable Double observed,
        int observedPeople,
        int observations) {

    /** A gap at least this wide (half a level) is highlighted. */
    public static final double NOTABLE_GAP = 0.5;

    /** Training minus observed: positive when people do less at work than in training. */
    public @Nullable Double gap() {
        return training == null || observed == null ? null : training - observed;
    }

    public boolean notable() {
        var gap = gap();
        return gap != null && Math.abs(gap) >= NOTABLE_GAP;
    }
}
