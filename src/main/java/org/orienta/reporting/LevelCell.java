package org.orienta.reporting;

import org.jspecify.annotations.Nullable;

/**
 * One competency over a group of people: the mean of the levels they show, how many reach their
 * job role's target, and how many have enough evidence for a level at all. {@code hidden} when the
 * group is smaller than the privacy minimum for the reader.
 */
public record LevelCell(int people, int withLevel, double levelSum, int atTarget, double targetSum, boolean hidden) {

    public static final LevelCell EMPTY = new LevelCell(0, 0, 0, 0, 0, false);

    public @Nullable Double meanLevel() {
        return hidden || withLevel == 0 ? null : levelSum / withLevel;
    }

    /** Share of the people with a level who reach their target, 0..1. */
    public @Nullable Double shareAtTarget() {
        return hidden || withLevel == 0 ? null : (double) atTarget / withLevel;
    }

    /** Mean target minus mean level over the people with a level: above 0 is below target. */
    public @Nullable Double gap() {
        return hidden || withLevel == 0 ? null : (targetSum - levelSum) / withLevel;
    }

    LevelCell add(@Nullable Integer level, int target) {
        if (level == null) {
            return new LevelCell(people + 1, withLevel, levelSum, atTarget, targetSum, hidden);
        }
        return new LevelCell(
                people + 1,
                withLevel + 1,
                levelSum + level,
                atTarget + (level >= target ? 1 : 0),
                targetSum + target,
                hidden);
    }

    LevelCell hide(boolean value) {
        return new LevelCell(people, withLevel, levelSum, atTarget, targetSum, value);
    }
}
