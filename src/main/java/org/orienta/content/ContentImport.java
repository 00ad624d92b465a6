package org.orienta.content;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The outcome of importing files: either a report of what was imported, or the problems that stopped it. */
public record ContentImport(
        List<ContentProblem> problems, @Nullable ImportReport report) {

    public ContentImport {
        problems = List.copyOf(problems);
    }

    public boolean imported() {
        return report != null;
    }
}
