package org.orienta.base.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What reading one file collected: every problem found, and where in the file each path of the item
 * ("nodes/dp-1/options/greet/next") stands, so that rules checked later on the model can still point
 * at a line and column.
 */
public final class ReadContext {

    private final List<YamlProblem> problems = new ArrayList<>();
    private final Map<String, Position> locations = new HashMap<>();
    /** The values read as trainee-facing text, by identity: what a translation may translate. */
    private final Set<YamlValue> texts = Collections.newSetFromMap(new IdentityHashMap<>());

    public void problem(Position position, String messageKey, Object... arguments) {
        problems.add(YamlProblem.at(position, messageKey, arguments));
    }

    public void locate(String path, Position position) {
        locations.putIfAbsent(path, position);
    }

    /** Records that a value (a plain text or a language map) was read as trainee-facing text. */
    public void text(YamlValue value) {
        texts.add(value);
    }

    /** Whether a value of the document read was read as trainee-facing text. */
    public boolean isText(YamlValue value) {
        return texts.contains(value);
    }

    public List<YamlProblem> problems() {
        return problems.stream()
                .sorted(Comparator.comparing(YamlProblem::position))
                .toList();
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** The position of a path, or of its nearest located parent path. */
    public Position positionOf(String path) {
        var candidate = path;
        while (true) {
            @Nullable Position found = locations.get(candidate);
            if (found != null) {
                return found;
            }
            int slash = candidate.lastIndexOf('/');
            if (slash < 0) {
                return locations.getOrDefault("", Position.START);
            }
            candidate = candidate.substring(0, slash);
        }
    }
}
