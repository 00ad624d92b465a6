package org.orienta.catalogue;

import java.util.Set;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;

/** What every kind of item can say about itself in a list: its title and the competencies it develops. */
public record ContentSummary(LocalizedText title, Set<CompetencyCode> competencies) {

    public ContentSummary {
        competencies = Set.copyOf(competencies);
    }
}
