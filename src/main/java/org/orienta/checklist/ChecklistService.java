package org.orienta.checklist;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.orienta.base.ForSignedIn;
import org.orienta.base.ForTrainers;
import org.orienta.base.ImportOutcome;
import org.orienta.catalogue.CatalogueService;
import org.springframework.stereotype.Service;

/**
 * Observation checklists and their versions, as observers, sessions and reports ask for them; the
 * catalogue keeps the versions (docs/decisions/0024).
 */
@Service
@ForSignedIn
public class ChecklistService {

    private final CatalogueService catalogue;
    private final ChecklistContentType type;

    ChecklistService(CatalogueService catalogue, ChecklistContentType type) {
        this.catalogue = catalogue;
        this.type = type;
    }

    @ForTrainers
    public ImportOutcome importPublished(ChecklistDefinition definition) {
        return catalogue.publish(type, definition);
    }

    /** Every published, not archived checklist, by title. */
    public List<PublishedChecklist> publishedChecklists() {
        return catalogue.published(type).stream()
                .map(p -> new PublishedChecklist(p.version(), p.definition()))
                .sorted(Comparator.comparing(p -> p.definition().title().english()))
                .toList();
    }

    /** The published checklists for one context (e.g. a live exercise for a session). */
    public List<PublishedChecklist> publishedFor(ChecklistContext context) {
        return publishedChecklists().stream()
                .filter(p -> p.definition().context() == context)
                .toList();
    }

    /** The published version, if there is one and the checklist is not archived. */
    public Optional<PublishedChecklist> published(String key) {
        return catalogue.published(type, key).map(p -> new PublishedChecklist(p.version(), p.definition()));
    }

    /** A specific version, e.g. the one an observation was recorded on. */
    public ChecklistDefinition version(String key, int number) {
        return catalogue.version(type, key, number);
    }
}
