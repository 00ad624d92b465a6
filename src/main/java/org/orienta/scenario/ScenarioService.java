package org.orienta.scenario;

import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.Published;
import org.springframework.stereotype.Service;

/**
 * Scenarios and their versions, as the rest of Orienta asks for them; the catalogue keeps the versions
 * (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class ScenarioService {

    private final CatalogueService catalogue;
    private final ScenarioContentType type;

    ScenarioService(CatalogueService catalogue, ScenarioContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    /**
     * Publishes this definition as the scenario's next version, unless the published version is already
     * exactly this content, in which case nothing is written.
     */
    @ForTrainers
    public ImportOutcome importPublished(ScenarioDefinition definition) {
        return catalogue.publish(type, definition);
    }

    public List<ScenarioSummary> publishedScenarios() {
        return catalogue.published(type).stream().map(this::summary).toList();
    }

    /** The published version of a scenario, if it has one and is not archived. */
    public Optional<PublishedScenario> published(String key) {
        return catalogue.published(type, key).map(p -> new PublishedScenario(p.version(), p.definition()));
    }

    /** A specific version, e.g. the one an attempt started on. */
    public ScenarioDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }

    public int versionCount(String key) {
        return catalogue.versionCount(ScenarioContentType.KIND, key);
    }

    private ScenarioSummary summary(Published<ScenarioDefinition> published) {
        var definition = published.definition();
        return new ScenarioSummary(
                published.key(),
                published.version(),
                definition.title(),
                definition.summary(),
                definition.minutes(),
                definition.sectors(),
                definition.decisions().size(),
                type.summarise(definition).competencies());
    }
}
