package org.orienta.progress.proficiency;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The proficiency model's level rule at one moment, for reading many stored totals at once (reports):
 * the weighted mean rounded half up, shown only when the decayed evidence reaches the minimum. Equal to
 * the profile's level for the same totals (a test checks it).
 *
 * @param minimumUnits the smallest epoch-scaled weight total that is enough evidence at that moment
 */
@NamedInterface("proficiency")
public record LevelRule(double minimumUnits) {

    /** The level these totals show, or null when there is not enough evidence. */
    public @Nullable Integer level(long weightUnits, long levelUnits) {
        if (weightUnits <= 0 || weightUnits < minimumUnits) {
            return null;
        }
        return ProficiencyModel.round((double) levelUnits / weightUnits);
    }

    /** The weighted mean these totals show (no minimum), or null without evidence. */
    public @Nullable Double mean(long weightUnits, long levelUnits) {
        return weightUnits <= 0 ? null : (double) levelUnits / weightUnits;
    }
}
