package org.orienta.progress;

import org.jspecify.annotations.Nullable;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyDefinition;

/**
 * Something to learn next and why: it develops a competency where the trainee is below target (current
 * null: not enough evidence yet). {@code module} is set when the recommendation is a whole module.
 */
public record Recommendation(
        @Nullable String module,
        @Nullable ItemRef item,
        LocalizedText title,
        int minutes,
        CompetencyDefinition competency,
        @Nullable Integer current,
        int target) {}
