package org.orienta.curriculum;

import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.orienta.catalogue.Published;
import org.springframework.stereotype.Service;

/**
 * Training modules and their versions, the modules trainees choose from and trainers assign; the
 * catalogue keeps the versions (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class CurriculumService {

    private final CatalogueService catalogue;
    private final ModuleContentType type;

    CurriculumService(CatalogueService catalogue, ModuleContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    /** Publishes this definition as the next version, unless the published version is exactly this content. */
    @ForTrainers
    public ImportOutcome importPublished(ModuleDefinition definition) {
        return catalogue.publish(type, definition);
    }

    public List<ModuleSummary> publishedModules() {
        return catalogue.published(type).stream().map(this::summary).toList();
    }

    /** The published version, if there is one and the item is not archived. */
    public Optional<PublishedModule> published(String key) {
        return catalogue.published(type, key).map(p -> new PublishedModule(p.version(), p.definition()));
    }

    /** A specific version, e.g. the one an attempt started on. */
    public ModuleDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }

    public int versionCount(String key) {
        return catalogue.versionCount(ModuleContentType.KIND, key);
    }

    private ModuleSummary summary(Published<ModuleDefinition> published) {
        var definition = published.definition();
        return new ModuleSummary(published.key(), published.version(), definition);
    }
}
