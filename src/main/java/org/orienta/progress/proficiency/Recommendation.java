package org.orienta.progress.proficiency;

import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyDefinition;
import org.springframework.modulith.NamedInterface;

/**
 * Something to learn next and why: it develops a competency where the trainee is below target (current
 * null: not enough evidence yet). {@code module} is set when the recommendation is a whole module.
 */
@NamedInterface("proficiency")
public record Recommendation(
        @Nullable String module,
        @Nullable ItemRef item,
        LocalizedText title,
        int minutes,
        CompetencyDefinition competency,
        @Nullable Integer current,
        int target) {}
