package org.orienta.progress;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.orienta.base.ItemKind;
import org.orienta.base.ItemRef;
import org.orienta.scenario.ScenarioService;
import org.springframework.stereotype.Component;

/** The published learning items of every kind, looked up by reference. */
@Component
class ItemCatalogue {

    private final ScenarioService scenarios;

    ItemCatalogue(ScenarioService scenarios) {
        this.scenarios = scenarios;
    }

    Map<ItemRef, ItemInfo> published() {
        var items = new LinkedHashMap<ItemRef, ItemInfo>();
        for (var s : scenarios.publishedScenarios()) {
            var ref = new ItemRef(ItemKind.SCENARIO, s.key());
            items.put(ref, new ItemInfo(ref, s.version(), s.title(), s.summary(), s.minutes(), s.competencies()));
        }
        return items;
    }

    Optional<ItemInfo> find(ItemRef ref) {
        return Optional.ofNullable(published().get(ref));
    }
}
