package org.orienta.progress.attempt;

import java.util.Set;
import org.orienta.base.ItemRef;
import org.orienta.base.LocalizedText;
import org.orienta.competency.CompetencyCode;
import org.springframework.modulith.NamedInterface;

/** What a list shows about a learning item: its title, how long it takes, what it develops. */
@NamedInterface("attempt")
public record ItemInfo(
        ItemRef ref,
        int version,
        LocalizedText title,
        LocalizedText summary,
        int minutes,
        Set<CompetencyCode> competencies) {

    public ItemInfo {
        competencies = Set.copyOf(competencies);
    }
}
