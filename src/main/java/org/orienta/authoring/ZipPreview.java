package org.orienta.authoring;

import java.util.List;
import org.orienta.content.ContentProblem;

/** What importing a zip would do, item by item, or every problem that stops it: nothing is imported yet. */
public record ZipPreview(List<ContentProblem> problems, List<Change> changes) {

    public ZipPreview {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public boolean importable() {
        return problems.isEmpty() && !changes.isEmpty();
    }

    public record Change(ContentKind kind, String key, String path, Effect effect) {}

    public enum Effect {
        NEW,
        CHANGED,
        UNCHANGED
    }
}
