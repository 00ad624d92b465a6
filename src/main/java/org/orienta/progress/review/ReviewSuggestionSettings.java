package org.orienta.progress.review;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review assistance: suggested rubric levels for answers under review (docs/decisions/0045), each
 * default written once, here.
 *
 * @param background suggestions are computed off the request thread and shown when ready; {@code false}
 *     computes them before the page is shown (browserless tests)
 * @param minimumReviewed how many reviewed answers at levels are enough to suggest from when the
 *     exercise has no model answer ({@code ORIENTA_REVIEWSUGGESTIONS_MINIMUMREVIEWED})
 * @param references how many of the most recently reviewed answers an answer is compared with
 */
@ConfigurationProperties("orienta.review-suggestions")
public record ReviewSuggestionSettings(
        @DefaultValue("true") boolean background,
        @DefaultValue("3") int minimumReviewed,
        @DefaultValue("40") int references) {

    public ReviewSuggestionSettings {
        if (minimumReviewed < 1) {
            throw new IllegalArgumentException(
                    "orienta.review-suggestions.minimum-reviewed must be 1 or more, not " + minimumReviewed);
        }
        if (references < minimumReviewed) {
            throw new IllegalArgumentException("orienta.review-suggestions.references (" + references
                    + ") must be at least minimum-reviewed (" + minimumReviewed + ")");
        }
    }
}
