package org.orienta.activity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.springframework.stereotype.Service;

/**
 * Facilitated activities and their versions, as scheduling and the printed guide ask for them; the
 * catalogue keeps the versions (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class ActivityService {

    private final CatalogueService catalogue;
    private final ActivityContentType type;

    ActivityService(CatalogueService catalogue, ActivityContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    /** Publishes this definition as the next version, unless the published version is exactly this content. */
    @ForTrainers
    public ImportOutcome importPublished(ActivityDefinition definition) {
        return catalogue.publish(type, definition);
    }

    /** Every published, unarchived activity, by English title. */
    public List<ActivitySummary> publishedActivities() {
        return catalogue.published(type).stream()
                .map(p -> new ActivitySummary(p.key(), p.version(), p.definition()))
                .sorted(Comparator.comparing(s -> s.definition().title().english()))
                .toList();
    }

    /** The published version, if there is one and the item is not archived. */
    public Optional<ActivitySummary> published(String key) {
        return catalogue.published(type, key).map(p -> new ActivitySummary(p.key(), p.version(), p.definition()));
    }

    /** A specific version, e.g. the one a session was scheduled with. */
    public ActivityDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }
}
