package org.orienta.catalogue;

import java.util.Set;
import org.orienta.base.ItemRef;
import org.orienta.competency.CompetencyCode;

/** What a content check may refer to: the framework's competency codes and the items that exist. */
public record KnownContent(Set<CompetencyCode> competencies, Set<ItemRef> items) {

    public KnownContent {
        competencies = Set.copyOf(competencies);
        items = Set.copyOf(items);
    }
}
