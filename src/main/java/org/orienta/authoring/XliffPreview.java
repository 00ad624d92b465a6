package org.orienta.authoring;

import java.util.List;
import org.orienta.content.ContentProblem;

/**
 * What importing an XLIFF file would do, item by item (how many of its texts change), or every problem
 * that stops it: nothing is imported yet.
 */
public record XliffPreview(String language, List<ContentProblem> problems, List<Item> items) {

    public XliffPreview {
        problems = List.copyOf(problems);
        items = List.copyOf(items);
    }

    public boolean importable() {
        return problems.isEmpty() && items.stream().anyMatch(i -> i.changes() > 0);
    }

    /** @param changes the texts the file adds or changes in the item */
    public record Item(String path, String title, int changes) {}
}
