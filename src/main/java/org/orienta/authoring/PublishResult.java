package org.orienta.authoring;

import java.util.List;
import org.orienta.content.ContentProblem;

/** Either the version a draft became, or every problem that stopped it. */
public record PublishResult(List<ContentProblem> problems, int version, boolean changed) {

    public PublishResult {
        problems = List.copyOf(problems);
    }

    public boolean published() {
        return problems.isEmpty();
    }
}
