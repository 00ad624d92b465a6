package org.orienta.exercise;

import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.Published;
import org.springframework.stereotype.Service;

/**
 * Exercises and their versions, as the rest of Orienta asks for them; the catalogue keeps the
 * versions (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class ExerciseService {

    private final CatalogueService catalogue;
    private final ExerciseContentType type;

    ExerciseService(CatalogueService catalogue, ExerciseContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    /** Publishes this definition as the next version, unless the published version is exactly this content. */
    @ForTrainers
    public ImportOutcome importPublished(ExerciseDefinition definition) {
        return catalogue.publish(type, definition);
    }

    public List<ExerciseSummary> publishedExercises() {
        return catalogue.published(type).stream().map(this::summary).toList();
    }

    /** The published version, if there is one and the item is not archived. */
    public Optional<PublishedExercise> published(String key) {
        return catalogue.published(type, key).map(p -> new PublishedExercise(p.version(), p.definition()));
    }

    /** A specific version, e.g. the one an attempt started on. */
    public ExerciseDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }

    public int versionCount(String key) {
        return catalogue.versionCount(ExerciseContentType.KIND, key);
    }

    private ExerciseSummary summary(Published<ExerciseDefinition> published) {
        var definition = published.definition();
        return new ExerciseSummary(
                published.key(),
                published.version(),
                definition.type(),
                definition.title(),
                definition.minutes(),
                definition.evidence());
    }
}
