package org.orienta.progress.proficiency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The proficiency model's two knobs (docs/decisions/0009-proficiency-model.md).
 *
 * @param halfLifeDays after this many days a piece of evidence counts half as much
 *     ({@code ORIENTA_PROFICIENCY_HALF_LIFE_DAYS}); changing it needs a rebuild of the standings
 * @param minimumEvidence how much (decayed) evidence a level needs before it is shown
 *     ({@code ORIENTA_PROFICIENCY_MINIMUM_EVIDENCE})
 */
@ConfigurationProperties("orienta.proficiency")
public record ProficiencySettings(
        @DefaultValue("180") double halfLifeDays,
        @DefaultValue("2.0") double minimumEvidence) {

    public ProficiencySettings {
        if (halfLifeDays <= 0 || minimumEvidence <= 0) {
            throw new IllegalArgumentException("half-life and minimum evidence must be positive");
        }
    }
}
