package org.orienta.catalogue;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.orienta.base.ItemRef;
import org.orienta.competency.CompetencyCode;

/**
 * What a content check may refer to: the framework's competency codes, the items a module may contain,
 * and the keys of every kind of content there is (published, or read in the same import), by kind. A kind
 * no type registers has no entry, so a reference to it can pass until that kind exists.
 */
public record KnownContent(Set<CompetencyCode> competencies, Set<ItemRef> items, Map<String, Set<String>> keys) {

    public KnownContent {
        competencies = Set.copyOf(competencies);
        items = Set.copyOf(items);
        var copy = new java.util.HashMap<String, Set<String>>();
        keys.forEach((kind, kindKeys) -> copy.put(kind, Set.copyOf(kindKeys)));
        keys = Map.copyOf(copy);
    }

    public KnownContent(Set<CompetencyCode> competencies, Set<ItemRef> items) {
        this(competencies, items, Map.of());
    }

    /** The keys of one kind, or empty when no type of that kind is known at all. */
    public Optional<Set<String>> keys(String kind) {
        return Optional.ofNullable(keys.get(kind));
    }
}
