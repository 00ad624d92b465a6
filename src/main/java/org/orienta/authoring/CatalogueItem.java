package org.orienta.authoring;

import java.util.Set;
import org.orienta.base.ItemRef;
import org.orienta.competency.CompetencyCode;

/** A published item a module can contain, with what the module builder totals. */
public record CatalogueItem(ItemRef ref, String title, int minutes, Set<CompetencyCode> competencies) {

    public CatalogueItem {
        competencies = Set.copyOf(competencies);
    }
}
